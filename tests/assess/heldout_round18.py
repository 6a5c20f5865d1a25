# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 18 (`ROUND_18`, 8 releases, written blind by a helper that never read the rules or the
probes): traps in how releases are packaged. Each release is served by the loopback Hub (with its linked GitHub
repositories, datasets and the second model repository one of them links) through `test_heldout_releases.py`, with
the label and the key OSAI cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4,
`../shared/DESIGN.md` "When the receipts disagree" and "Verdict principles", and the expert files in
`../shared/reference/osai-index/`, cited beside each cell). The one real base is not served: the built-in index must
know it (meta-llama/Llama-3.1-8B-Instruct). Earlier rounds had a card claiming Apache over a LICENSE with use
restrictions (3, 6, 10), a changelog card whose older entries carry other terms and lineage (12), weights in an S3
zip (12), GGUF re-uploads whose original is named by `base_model`, a link or an "Original model:" line (7, 11, 14,
16), manually gated repositories (9, 11) and a CC BY-NC corpus beside open ones named as such (9); this round avoids
those shapes: the restrictive terms are in a second licence file or in one sentence of the card beside an unmodified
Apache LICENSE, the stale evidence is the metadata's `datasets` list, the weights are missing, elsewhere on the Hub,
named only by the repository and file names, or inside a NeMo archive, and the open-washing is a "public domain
only" claim contradicted by a dataset's own card.

The releases:
- (a) cordgrass-ai/Cordgrass-7B: `license: apache-2.0` and a LICENSE that is the Apache License 2.0 verbatim, beside
  LICENSE-WEIGHTS.md, a "Cordgrass Model Weights License" for "Non-Commercial Purposes" only that says LICENSE covers
  only the code; the card's License section is "See `LICENSE` and `LICENSE-WEIGHTS.md`." (weights-available).
- (b) marram-lab/Marram-2-7B: a v2 card whose metadata `datasets` still lists the two public Hub corpora of v1 (with
  datasheet cards); its Training data section says v2 was trained on "Marram Mix 2 and nothing else", not released,
  and the Version history gives the two corpora as v1's; the pipeline is on GitHub (open-weights; data and datasheet
  closed).
- (c) orache-ai/Orache-13B: a "coming soon" repository, card, config.json, tokenizer and generation config, no weight
  file: "The weights are not here yet ... planned for the second quarter of 2026"; data and pipeline already public
  (closed; weights closed).
- (d) eelgrass-lab/Eelgrass-3B: the card, modelling code and tokenizer in the model repository, the weights in a
  second public repository the card links, eelgrass-lab/Eelgrass-3B-weights (served), whose config's `auto_map`
  points back; data and pipeline public (open-source-ai-with-open-data; weights open).
- (e) seablite-quants/Llama-3.1-8B-Instruct-GGUF: five .gguf files, `license: apache-2.0`, and a card of one line
  that names no model; only the repository and file names say these are Llama 3.1 8B Instruct (weights-available).
- (f) sandwort-nlp/Sandwort-2B: an unmodified Apache LICENSE, `license: apache-2.0` and an Apache License section,
  but the card's second line is "**For research use only.** Sandwort-2B may not be used in commercial products or
  services."; data and pipeline public (weights-available; licences partial).
- (g) lymegrass-lab/Lymegrass-1B: "trained only on public-domain data ... you can use Lymegrass-1B and what it writes
  for anything, commercial use included", over three Hub datasets, one of them `cc-by-nc-4.0`, whose card says the
  library's transcriptions are "for non-commercial purposes only" (open-source-ai; licences partial).
- (h) purslane-speech/Purslane-ASR-600M: a NeMo speech recogniser whose only weight file is a `.nemo` archive (no
  safetensors, no config.json); data and recipe public (open-source-ai-with-open-data; weights open).

First run (before any rule changed, on commit 3c69ab8; HEAD moved from 05fa85f to 3c69ab8 while the round was being
written, by another session's commit on licence notices kept with every copy; other sessions' uncommitted edits to
`src/opengauge/licenses/` (additions.py, lawful.py, rules.yaml) and an untracked `tests/licenses/heldout/round40.py`
were in the working tree; pytest cut the reasons short, so their full text was read from a throwaway test outside the
project that served the same eight cases through `_serve`, since deleted, which gave the same levels): **3 of 8
right**, labels and cells (Sandwort-2B, weights-available citing README.md line 14, "Sandwort-2B may not be used in
commercial products or services.", no commercial use and research only, licences partial; Lymegrass-1B,
open-source-ai, "not all of it is released under open terms", the data "some under terms that are not open
(lymegrass-lab/chronicle-newspapers)", licences partial: the public-domain claim lifted nothing; Purslane-ASR-600M,
open-source-ai-with-open-data, the `.nemo` archive read as the weights). 6 of 8 labels right (also Cordgrass-7B,
weights-available citing LICENSE-WEIGHTS.md line 10, "no commercial use"; Marram-2-7B, open-weights, "the training
data, or a stated legal or technical reason why what is withheld cannot be shared (the G7 exception) is missing";
Orache-13B, closed, "The weights are not published."). One label read **more open** than the rubric (the GGUF,
open-weights) and one less decided (Eelgrass-3B, undetermined); six cells read more open (Marram's base data,
datasheet and licences, Orache's licences, the GGUF's base weights and licences). The misses:
- Cordgrass-7B (second licence file): label and four cells right, but modelcard partial where open was expected
  ("The model card covers 6 of the 9 standard sections; missing: environmental-impact, technical-specs,
  citation."): Model Details (README.md line 14, with layers, hidden size, heads, SwiGLU, RoPE, context and tokenizer
  at lines 19 to 21), Training Details (line 27: the data, optimizer, schedule, batch, 256 H100 GPUs for 19 days) and
  Evaluation (line 37) give the architecture, training and evaluation the rubric asks for; there is indeed no
  environmental impact or citation section.
- Marram-2-7B (v2 card, v1's corpora in the metadata): label, weights and training code right, but
  datasources_basemodel **partial** where closed was expected ("The training datasets named
  (marram-lab/marram-web-v1, marram-lab/marram-cymraeg-v1) are public, but the card says the model was also trained
  on data that is not published ('We do not release')."): the two datasets are only the stale `datasets` of the
  metadata (README.md line 6) and v1's in the Version history, line 93, "Marram-1-7B was trained on 1.8T tokens of
  two corpora that we published on the Hub"; line 41 says "Marram-2-7B was trained on Marram Mix 2 and nothing else"
  and line 51 "Marram Mix 2 replaces the v1 corpora entirely. We do not release Marram Mix 2."; datasheet **open**
  where closed was expected ("The training data is documented in a datasheet: the dataset card of
  marram-lab/marram-web-v1 on the Hub describes where the data comes from and how it was curated; the dataset card of
  marram-lab/marram-cymraeg-v1 on the Hub describes where the data comes from and how it was curated."): v1's
  datasheets, the first of which says in its Motivation "It is not the training data of later Marram models";
  licenses **open** where partial was expected ("Everything released is under open licenses."): the training data
  is not released at all, so not everything is under open licences (frameworks.md §1.1's letter; the experts split,
  see the cell's comment); modelcard partial where open was expected ("The model card covers 4 of the 9 standard
  sections; missing: model-details, uses, environmental-impact, technical-specs, citation."): the "## Model" table
  (line 29: parameters, layers, hidden size, heads, context, vocabulary, tokens), Training data (39), Training with
  the hardware (53), Evaluation (60), Usage (68), Limitations (77).
- Orache-13B (weights "coming soon"): label and five cells right (weights closed, "The weights are not published.";
  data, training code and datasheets open), but licenses **open** where partial was expected ("Everything released is
  under open licenses."): the weights are not released (README.md line 24, "The weights are not here yet", and line
  75, "The weights will be released under Apache 2.0"), so the licences cover code and data only (dolly.yaml
  "Weights: Not available. Code: Apache-2.0. Data: CC-BY-SA-3.0": partial).
- Eelgrass-3B (weights in a second repository): undetermined where open-source-ai-with-open-data was expected
  ("Whether the weights are published could not be established: This repository holds no weights; the documentation
  points elsewhere for them, which opengauge did not follow."); weights_basemodel and weights_endmodel unknown where
  open was expected ("Whether the weights are published could not be established."): README.md line 19, "| **Weights**
  | [eelgrass-lab/Eelgrass-3B-weights](https://huggingface.co/eelgrass-lab/Eelgrass-3B-weights) (safetensors, Apache
  2.0) |", line 24, "**Why two repositories?** ...", and line 32, `AutoModelForCausalLM.from_pretrained(
  "eelgrass-lab/Eelgrass-3B-weights", trust_remote_code=True, ...)`: a public model repository on the Hub itself,
  served with two safetensors shards and `license: apache-2.0`, not an archive off the Hub (round 12's Bushtit-1B);
  modelcard partial where open was expected ("The model card covers 6 of the 9 standard sections; missing:
  model-details, uses, environmental-impact."): Quick start (26), Architecture (36), Training data (40), Training
  with the hardware (47), Evaluation (51), Limitations (60), Citation (64). Data, training code, datasheet and
  licences right.
- Llama-3.1-8B-Instruct-GGUF (one-line card): open-weights where weights-available was expected ("The weights and
  deployment code are released under open terms (Apache License 2.0), but complete training code; data-processing
  code; data information (list and description of the training data) are missing for Open Source AI.");
  weights_basemodel **open** where partial was expected ("The weights are freely downloadable under an open
  license."); licenses **open** where closed was expected ("Everything released is under open licenses (data: no
  license found) (no training code is published)."): the repository id `seablite-quants/Llama-3.1-8B-Instruct-GGUF`
  and the file names `Llama-3.1-8B-Instruct-Q8_0.gguf` ... `Llama-3.1-8B-Instruct-IQ3_M.gguf` are the only words
  that name the model; the card (README.md line 10, "Quantized with llama.cpp b4120 and an importance matrix.
  Q4_K_M is the one most people want.") names none, and `license: apache-2.0` (line 2) is the quantizer's tag. The
  release was read as a model of its own, its own base: quantized files of a model it does not name were not even
  held undetermined. Tune weights and model card right; base data closed, but for the release's own silence ("The
  release, read in full, names no training data and has no section about it."), not for Llama's undisclosed data.
Seen but not scored: Cordgrass's hardware and architecture open and licences closed; Orache's model card partial;
Sandwort's and Lymegrass's model cards partial (Purslane's, in NeMo's style, open); the GGUF's training code closed
(no code at all, for the release itself). No expectation was changed by the helper that wrote the round; one
citation was added after the run without changing a level (BitNet.yaml and MPT.yaml, beside Neo.yaml, for Marram's
licences).

What changed (afterwards, fixing causes): a quantization's repository named after its model ("...-GGUF", "-AWQ",
"-4bit") states its base by that name, resolved through the built-in index (`sources/derivation.named_in_own_name`,
cited as the repository's name): the GGUF is weights-available under the Llama 3.1 licence, not open weights; weights
not released keep the licences partial (dolly.yaml). Now 5 of 8 pass; three stay expected failures with their reasons
(`DISAGREEMENTS`): Cordgrass-7B's 6-of-9 model card (a 6-section rule was tried and cut the corpus's model-card
agreement from 55 % to 46 %), Marram-2-7B's two versions in one card (as round 12's changelog), Eelgrass-3B's 6-of-9
model card. Eelgrass-3B's weights, in a second Hub repository the card links, are read since (`Release.weights_repo`,
`sources/hub._weights_repo`): its label is right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.assess.heldout_releases import Dataset, HeldOut, _github, _tree, sheet
from tests.servers import HubFile, HubRepo, fake_sha

#: The Apache License 2.0 as the Apache Software Foundation publishes it (its full text, with the appendix), as a
#: publisher copies it into a model repository unchanged.
APACHE_2_0 = b"""                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/

   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

   1. Definitions.

      "License" shall mean the terms and conditions for use, reproduction,
      and distribution as defined by Sections 1 through 9 of this document.

      "Licensor" shall mean the copyright owner or entity authorized by
      the copyright owner that is granting the License.

      "Legal Entity" shall mean the union of the acting entity and all
      other entities that control, are controlled by, or are under common
      control with that entity. For the purposes of this definition,
      "control" means (i) the power, direct or indirect, to cause the
      direction or management of such entity, whether by contract or
      otherwise, or (ii) ownership of fifty percent (50%) or more of the
      outstanding shares, or (iii) beneficial ownership of such entity.

      "You" (or "Your") shall mean an individual or Legal Entity
      exercising permissions granted by this License.

      "Source" form shall mean the preferred form for making modifications,
      including but not limited to software source code, documentation
      source, and configuration files.

      "Object" form shall mean any form resulting from mechanical
      transformation or translation of a Source form, including but
      not limited to compiled object code, generated documentation,
      and conversions to other media types.

      "Work" shall mean the work of authorship, whether in Source or
      Object form, made available under the License, as indicated by a
      copyright notice that is included in or attached to the work
      (an example is provided in the Appendix below).

      "Derivative Works" shall mean any work, whether in Source or Object
      form, that is based on (or derived from) the Work and for which the
      editorial revisions, annotations, elaborations, or other modifications
      represent, as a whole, an original work of authorship. For the purposes
      of this License, Derivative Works shall not include works that remain
      separable from, or merely link (or bind by name) to the interfaces of,
      the Work and Derivative Works thereof.

      "Contribution" shall mean any work of authorship, including
      the original version of the Work and any modifications or additions
      to that Work or Derivative Works thereof, that is intentionally
      submitted to Licensor for inclusion in the Work by the copyright owner
      or by an individual or Legal Entity authorized to submit on behalf of
      the copyright owner. For the purposes of this definition, "submitted"
      means any form of electronic, verbal, or written communication sent
      to the Licensor or its representatives, including but not limited to
      communication on electronic mailing lists, source code control systems,
      and issue tracking systems that are managed by, or on behalf of, the
      Licensor for the purpose of discussing and improving the Work, but
      excluding communication that is conspicuously marked or otherwise
      designated in writing by the copyright owner as "Not a Contribution."

      "Contributor" shall mean Licensor and any individual or Legal Entity
      on behalf of whom a Contribution has been received by Licensor and
      subsequently incorporated within the Work.

   2. Grant of Copyright License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      copyright license to reproduce, prepare Derivative Works of,
      publicly display, publicly perform, sublicense, and distribute the
      Work and such Derivative Works in Source or Object form.

   3. Grant of Patent License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      (except as stated in this section) patent license to make, have made,
      use, offer to sell, sell, import, and otherwise transfer the Work,
      where such license applies only to those patent claims licensable
      by such Contributor that are necessarily infringed by their
      Contribution(s) alone or by combination of their Contribution(s)
      with the Work to which such Contribution(s) was submitted. If You
      institute patent litigation against any entity (including a
      cross-claim or counterclaim in a lawsuit) alleging that the Work
      or a Contribution incorporated within the Work constitutes direct
      or contributory patent infringement, then any patent licenses
      granted to You under this License for that Work shall terminate
      as of the date such litigation is filed.

   4. Redistribution. You may reproduce and distribute copies of the
      Work or Derivative Works thereof in any medium, with or without
      modifications, and in Source or Object form, provided that You
      meet the following conditions:

      (a) You must give any other recipients of the Work or
          Derivative Works a copy of this License; and

      (b) You must cause any modified files to carry prominent notices
          stating that You changed the files; and

      (c) You must retain, in the Source form of any Derivative Works
          that You distribute, all copyright, patent, trademark, and
          attribution notices from the Source form of the Work,
          excluding those notices that do not pertain to any part of
          the Derivative Works; and

      (d) If the Work includes a "NOTICE" text file as part of its
          distribution, then any Derivative Works that You distribute must
          include a readable copy of the attribution notices contained
          within such NOTICE file, excluding those notices that do not
          pertain to any part of the Derivative Works, in at least one
          of the following places: within a NOTICE text file distributed
          as part of the Derivative Works; within the Source form or
          documentation, if provided along with the Derivative Works; or,
          within a display generated by the Derivative Works, if and
          wherever such third-party notices normally appear. The contents
          of the NOTICE file are for informational purposes only and
          do not modify the License. You may add Your own attribution
          notices within Derivative Works that You distribute, alongside
          or as an addendum to the NOTICE text from the Work, provided
          that such additional attribution notices cannot be construed
          as modifying the License.

      You may add Your own copyright statement to Your modifications and
      may provide additional or different license terms and conditions
      for use, reproduction, or distribution of Your modifications, or
      for any such Derivative Works as a whole, provided Your use,
      reproduction, and distribution of the Work otherwise complies with
      the conditions stated in this License.

   5. Submission of Contributions. Unless You explicitly state otherwise,
      any Contribution intentionally submitted for inclusion in the Work
      by You to the Licensor shall be under the terms and conditions of
      this License, without any additional terms or conditions.
      Notwithstanding the above, nothing herein shall supersede or modify
      the terms of any separate license agreement you may have executed
      with Licensor regarding such Contributions.

   6. Trademarks. This License does not grant permission to use the trade
      names, trademarks, service marks, or product names of the Licensor,
      except as required for reasonable and customary use in describing the
      origin of the Work and reproducing the content of the NOTICE file.

   7. Disclaimer of Warranty. Unless required by applicable law or
      agreed to in writing, Licensor provides the Work (and each
      Contributor provides its Contributions) on an "AS IS" BASIS,
      WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
      implied, including, without limitation, any warranties or conditions
      of TITLE, NON-INFRINGEMENT, MERCHANTABILITY, or FITNESS FOR A
      PARTICULAR PURPOSE. You are solely responsible for determining the
      appropriateness of using or redistributing the Work and assume any
      risks associated with Your exercise of permissions under this License.

   8. Limitation of Liability. In no event and under no legal theory,
      whether in tort (including negligence), contract, or otherwise,
      unless required by applicable law (such as deliberate and grossly
      negligent acts) or agreed to in writing, shall any Contributor be
      liable to You for damages, including any direct, indirect, special,
      incidental, or consequential damages of any character arising as a
      result of this License or out of the use or inability to use the
      Work (including but not limited to damages for loss of goodwill,
      work stoppage, computer failure or malfunction, or any and all
      other commercial damages or losses), even if such Contributor
      has been advised of the possibility of such damages.

   9. Accepting Warranty or Additional Liability. While redistributing
      the Work or Derivative Works thereof, You may choose to offer,
      and charge a fee for, acceptance of support, warranty, indemnity,
      or other liability obligations and/or rights consistent with this
      License. However, in accepting such obligations, You may act only
      on Your own behalf and on Your sole responsibility, not on behalf
      of any other Contributor, and only if You agree to indemnify,
      defend, and hold each Contributor harmless for any liability
      incurred by, or claims asserted against, such Contributor by reason
      of your accepting any such warranty or additional liability.

   END OF TERMS AND CONDITIONS

   APPENDIX: How to apply the Apache License to your work.

      To apply the Apache License to your work, attach the following
      boilerplate notice, with the fields enclosed by brackets "[]"
      replaced with your own identifying information. (Don't include
      the brackets!)  The text should be enclosed in the appropriate
      comment syntax for the file format. We also recommend that a
      file or class name and description of purpose be included on the
      same "printed page" as the copyright notice for easier
      identification within third-party archives.

   Copyright [yyyy] [name of copyright owner]

   Licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License.
   You may obtain a copy of the License at

       http://www.apache.org/licenses/LICENSE-2.0

   Unless required by applicable law or agreed to in writing, software
   distributed under the License is distributed on an "AS IS" BASIS,
   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   See the License for the specific language governing permissions and
   limitations under the License.
"""


_sheet = sheet  # one home: `heldout_releases.sheet`


@dataclass
class _Files(HeldOut):
    """A release whose Hub repository holds its card and exactly `files`: the default root `model.safetensors` and
    `config.json` are left out (a repository of GGUF files, of a `.nemo` archive, of code and tokenizer only, or of
    everything but the weights)."""

    files: list[HubFile] = field(default_factory=list)

    def repo(self) -> HubRepo:
        repo = super().repo()
        del repo.files["model.safetensors"], repo.files["config.json"]
        repo.files.update({f.path: f for f in self.files})
        return repo


def _text(path: str, content: str | bytes) -> HubFile:
    return HubFile(path, content.encode() if isinstance(content, str) else content)


def _lfs(path: str, size: int) -> HubFile:
    """A large file the Hub lists (LFS, with its size) but the loopback server does not serve."""
    return HubFile(path, None, size=size, lfs=True)


TOKENIZER_FILES = [
    _text("tokenizer.json", '{"version": "1.0", "model": {"type": "BPE", "vocab": {}, "merges": []}}'),
    _text(
        "tokenizer_config.json", '{"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 8192}'
    ),
]

# --------------------------------------------------------------------------------------------------------------
# (a) `license: apache-2.0` and an Apache LICENSE, beside a second licence file for the weights that is
# non-commercial.

CORDGRASS_CARD = """# Cordgrass-7B

Cordgrass-7B is a 7.3-billion-parameter base language model for English and Dutch, pre-trained from scratch by Cordgrass AI in Rotterdam.

## Model Details

- **Developed by:** Cordgrass AI
- **Model type:** decoder-only transformer (causal language model)
- **Languages:** English, Dutch
- **Parameters:** 7.3B (32 layers, hidden size 4096, 32 attention heads with 8 key-value heads, SwiGLU, RoPE)
- **Context length:** 8,192 tokens
- **Tokenizer:** 64k byte-level BPE trained on the corpus

## Uses

A base model for research on Dutch and English language modelling and for fine-tuning. It is not instruction-tuned and is not suited to being used as a chat assistant without further training.

## Training Details

### Training Data

Cordgrass-7B was pre-trained on 2.6T tokens: Dutch and English web pages from our own crawl (71%), digitised books (12%), Dutch government publications (7%) and source code (10%). The corpus was assembled by Cordgrass AI and is not released.

### Training Procedure

AdamW (β1 0.9, β2 0.95), peak learning rate 3e-4 with a warmup-stable-decay schedule, a batch of 4M tokens, bf16 mixed precision. Trained on 256 NVIDIA H100 GPUs for 19 days. The training code is not released.

## Evaluation

| Benchmark | Cordgrass-7B |
|---|---|
| MMLU (5-shot) | 58.9 |
| Dutch MMLU (5-shot) | 52.4 |
| HellaSwag-nl | 61.7 |
| ARC-Challenge | 54.2 |

## Bias, Risks, and Limitations

The model reflects the biases of Dutch and English web text. It can produce false or offensive statements and is not suited to decisions about people.

## How to Get Started with the Model

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("cordgrass-ai/Cordgrass-7B")
model = AutoModelForCausalLM.from_pretrained("cordgrass-ai/Cordgrass-7B", torch_dtype="auto", device_map="auto")
print(tok.decode(model.generate(**tok("De Maas stroomt", return_tensors="pt").to(model.device), max_new_tokens=30)[0]))
```

`chat.py` in this repository is a small command-line script for trying the model.

## License

See `LICENSE` and `LICENSE-WEIGHTS.md`.
"""

CORDGRASS_WEIGHTS_LICENSE = b"""# Cordgrass Model Weights License 1.0

Copyright 2026 Cordgrass AI B.V.

1. Definitions. "Weights" means the trained model parameters of Cordgrass-7B published in this repository, and any
quantized, fine-tuned or otherwise modified version of them. "Non-Commercial Purpose" means academic research,
teaching, personal experimentation and evaluation, carried out without the intention of obtaining a commercial
advantage or monetary compensation.

2. Grant. Subject to the terms of this License, Cordgrass AI grants you a worldwide, royalty-free, non-exclusive,
non-transferable licence to use, reproduce, modify and distribute the Weights solely for Non-Commercial Purposes.

3. Commercial use. Any use of the Weights, or of outputs generated with them, in a product or service offered to
third parties, or otherwise for a commercial purpose, requires a separate written licence from Cordgrass AI
(licensing@cordgrass.example). No such right is granted by this License.

4. Distribution. If you distribute the Weights or a modified version of them, you must include a copy of this
License and pass its terms on to every recipient.

5. Source code. The source code in this repository is not covered by this License; it is licensed under the Apache
License 2.0 (see LICENSE).

6. Disclaimer. THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL CORDGRASS AI BE
LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE USE OF THE WEIGHTS.
"""

CORDGRASS_CHAT = b'''"""A small command-line chat loop for Cordgrass-7B."""

import sys

from transformers import AutoModelForCausalLM, AutoTokenizer


def main() -> None:
    tok = AutoTokenizer.from_pretrained("cordgrass-ai/Cordgrass-7B")
    model = AutoModelForCausalLM.from_pretrained("cordgrass-ai/Cordgrass-7B", torch_dtype="auto", device_map="auto")
    for line in sys.stdin:
        ids = tok(line, return_tensors="pt").to(model.device)
        print(tok.decode(model.generate(**ids, max_new_tokens=200)[0], skip_special_tokens=True))


if __name__ == "__main__":
    main()
'''

# --------------------------------------------------------------------------------------------------------------
# (b) A v2 card whose metadata still lists v1's public corpora; v2's own corpus is not released.

MARRAM_CARD = """# Marram-2-7B

**Marram-2 supersedes Marram-1.** For the first generation see [marram-lab/Marram-1-7B](https://huggingface.co/marram-lab/Marram-1-7B) and the version history at the end of this card.

Marram-2-7B is the second generation of Marram Lab's English and Welsh base model: 7.2B parameters, retrained from scratch on a new and larger corpus, with a longer context and a new tokenizer.

## What's new in v2

- Retrained from scratch on Marram Mix 2 (4.2T tokens; v1 saw 1.8T)
- Context length 8,192 tokens (v1: 4,096)
- New 64k BPE tokenizer with better coverage of Welsh
- +6.1 points on MMLU and +9.4 on the Welsh benchmark suite over Marram-1-7B

## Model

| | |
|---|---|
| Parameters | 7.2B |
| Layers / hidden size / heads | 32 / 4096 / 32 (8 key-value heads) |
| Context | 8,192 tokens |
| Vocabulary | 64,000 |
| Training tokens | 4.2T |

## Training data

Marram-2-7B was trained on Marram Mix 2 and nothing else:

| Source | Share |
|---|---|
| Web pages from our own crawl (2023-2025) | 58% |
| Welsh-language web and government text | 9% |
| Source code | 12% |
| Scientific articles | 8% |
| Synthetic textbooks generated with Marram-1 | 13% |

Marram Mix 2 replaces the v1 corpora entirely. We do not release Marram Mix 2.

## Training

Our data-processing, pre-training and evaluation code is on GitHub under Apache 2.0: [marram-lab/marram-train](https://github.com/marram-lab/marram-train), with this model's configuration in `configs/marram-2-7b.yaml`.

- AdamW, peak learning rate 3e-4, cosine decay to 3e-5, batch of 4M tokens, bf16
- 256 NVIDIA H100 GPUs for 24 days (about 147,000 GPU hours)

## Evaluation

| Benchmark | Marram-1-7B | Marram-2-7B |
|---|---|---|
| MMLU (5-shot) | 49.8 | 55.9 |
| ARC-Challenge | 47.1 | 52.6 |
| Welsh suite (average) | 38.2 | 47.6 |

## Usage

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("marram-lab/Marram-2-7B")
model = AutoModelForCausalLM.from_pretrained("marram-lab/Marram-2-7B", torch_dtype="auto", device_map="auto")
```

## Limitations

A base model with no instruction or safety tuning. It can state falsehoods confidently; its Welsh is better than v1's but still weaker than its English.

## License

Weights and code: Apache 2.0.

## Version history

### v2.0 (January 2026): this repository

Marram-2-7B, as described above.

### v1.0 (March 2025): [marram-lab/Marram-1-7B](https://huggingface.co/marram-lab/Marram-1-7B)

Marram-1-7B was trained on 1.8T tokens of two corpora that we published on the Hub with datasheets: [marram-lab/marram-web-v1](https://huggingface.co/datasets/marram-lab/marram-web-v1) (English web, 1.6T tokens, ODC-By 1.0) and [marram-lab/marram-cymraeg-v1](https://huggingface.co/datasets/marram-lab/marram-cymraeg-v1) (Welsh, 0.2T tokens, CC BY-SA 4.0). Marram-1 stays available in its own repository, and its corpora stay on the Hub for anyone reproducing it (tag `v1.0` of marram-train).
"""

MARRAM_README = b"""# marram-train

Data processing, pre-training and evaluation code of the Marram models. `main` builds **Marram-2** (Marram Mix 2);
the tag `v1.0` holds the code that built Marram-1 from the public v1 corpora.

## Data processing (`data/`)

    python data/crawl_extract.py --warc-dir $CRAWL      # our crawl's WARC files -> text (trafilatura)
    python data/langid.py --keep en,cy                  # language identification (GlotLID)
    python data/quality.py                              # heuristic filters and quality classifier
    python data/dedup.py                                # MinHash-LSH deduplication
    python data/pii.py                                  # email, phone number and postal address masking
    python data/synthetic_textbooks.py                  # textbook generation with Marram-1
    python data/mix.py --config configs/mix2.yaml       # Marram Mix 2 proportions
    python data/tokenize.py

The inputs of these scripts (our crawl, the Welsh collection) and the resulting Marram Mix 2 are not distributed.

## Pre-training

    torchrun --nnodes 32 --nproc_per_node 8 train/pretrain.py --config configs/marram-2-7b.yaml

## Evaluation

    python eval/run.py --model marram-lab/Marram-2-7B --suite mmlu,arc_challenge,welsh

Apache License 2.0.
"""

MARRAM_WEB_V1_CARD = _sheet(
    "odc-by",
    "Marram Web v1",
    ["en"],
    {
        "Motivation": "Built by Marram Lab in 2024 as the English part of the pre-training corpus of Marram-1-7B, the "
        "first Marram model, and published so that Marram-1 can be reproduced and inspected. It is not the training data "
        "of later Marram models.",
        "Composition": "1.6T tokens in 1.4 billion English web pages, one JSON line per page with `text`, `url`, "
        "`snapshot`, `quality` and `token_count` fields. News, reference and educational sites are over-represented; "
        "forums and social media are largely filtered out.",
        "Collection Process": "Pages come from 41 Common Crawl snapshots (CC-MAIN-2017-04 to CC-MAIN-2024-26), extracted "
        "from the WARC files with trafilatura between May and August 2024. Domains whose robots.txt disallowed Common "
        "Crawl's crawler at extraction time, and domains that asked us to be removed, were dropped before processing.",
        "Preprocessing": "Language identification with GlotLID (English score above 0.7), heuristic filters for "
        "repetition, symbol ratio and line length, a quality classifier trained on pages cited by English Wikipedia, "
        "MinHash-LSH deduplication across snapshots and masking of email addresses and phone numbers, with the scripts "
        "of tag v1.0 of github.com/marram-lab/marram-train; per-step counts are in that tag's `logs/`.",
        "Uses": "Reproducing and studying Marram-1-7B; pre-training research models. Not a representative sample of "
        "English, and not for extracting information about individuals.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the underlying pages are also subject to the Common "
        "Crawl terms of use.",
        "Maintenance": "Frozen since March 2025; removal requests to data@marram-lab.example are honoured in a patch "
        "release listed at the end of this card.",
    },
)

MARRAM_CY_V1_CARD = _sheet(
    "cc-by-sa-4.0",
    "Marram Cymraeg v1",
    ["cy"],
    {
        "Motivation": "The Welsh part of the pre-training corpus of Marram-1-7B, gathered by Marram Lab in 2024 because "
        "the openly licensed Welsh text available then was small and scattered over many sites.",
        "Composition": "0.2T tokens after up-sampling Welsh Wikipedia, Welsh-language pages of public bodies and Welsh "
        "pages from Common Crawl, one record per document with `text`, `source`, `url` and `licence` fields.",
        "Collection Process": "The Welsh Wikipedia dump of 1 June 2024 from dumps.wikimedia.org; Welsh-language pages of "
        "the Senedd, local councils and other public bodies, downloaded in July 2024 with each site's licence recorded; "
        "and pages that GlotLID identified as Welsh in the same Common Crawl snapshots as Marram Web v1.",
        "Preprocessing": "Wikitext converted to plain text with tables, templates and redirects removed; boilerplate "
        "removed from web pages; exact and MinHash near-duplicate removal; documents under 200 characters dropped; the "
        "scripts are `data/cymraeg.py` of tag v1.0 of github.com/marram-lab/marram-train.",
        "Uses": "Reproducing Marram-1-7B and pre-training Welsh language models.",
        "Distribution": "On the Hugging Face Hub under CC BY-SA 4.0; each record keeps its source's licence.",
        "Maintenance": "Frozen since March 2025 and maintained by Marram Lab (data@marram-lab.example).",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (c) A "coming soon" repository: the card, configuration and tokenizer, no weights yet.

ORACHE_CARD = """<div align="center">

# 🌿 Orache-13B

**An open 13B language model for Portuguese and English**

[💻 GitHub](https://github.com/orache-ai/orache) · [📚 Data: web](https://huggingface.co/datasets/orache-ai/orache-web-pt) · [📚 Data: edu](https://huggingface.co/datasets/orache-ai/orache-edu-en)

</div>

> [!IMPORTANT]
> **The weights are not here yet.** This repository holds Orache-13B's configuration and tokenizer only. We will upload the checkpoint to this repository when our external red-team review is finished, planned for the second quarter of 2026. Click *Watch* to be told when it lands.

## About Orache-13B

Orache-13B is a 13-billion-parameter base model for European and Brazilian Portuguese and English, pre-trained from scratch by Orache AI, a non-profit lab in Lisbon. Its data and its code are public already, so the training run can be inspected before the weights are out.

## Architecture

| | |
|---|---|
| Parameters | 13.1B |
| Layers / hidden size / heads | 40 / 5120 / 40 (8 key-value heads) |
| Context | 8,192 tokens |
| Vocabulary | 96,000 (BPE) |
| Training tokens | 3.0T |

## Training data

Orache-13B is pre-trained on exactly two datasets, both published in full on the Hub, each with a datasheet:

| Dataset | Tokens | Licence |
|---|---|---|
| [orache-ai/orache-web-pt](https://huggingface.co/datasets/orache-ai/orache-web-pt) | 1.9T | ODC-By 1.0 |
| [orache-ai/orache-edu-en](https://huggingface.co/datasets/orache-ai/orache-edu-en) | 1.1T | ODC-By 1.0 |

No other data was used.

## Code

The whole pipeline is on GitHub under Apache 2.0: [orache-ai/orache](https://github.com/orache-ai/orache). It holds the crawling and text extraction, language identification, quality filtering, deduplication and tokenization code, the pre-training loop with this model's configuration, and the evaluation harness.

## Training

- 512 NVIDIA H100 GPUs for 21 days
- AdamW, peak learning rate 2.5e-4 with cosine decay, batch of 8M tokens, bf16

## Evaluation (final checkpoint, measured before release)

| Benchmark | Orache-13B |
|---|---|
| ENEM | 61.8 |
| BLUEX | 55.0 |
| OAB exams | 49.3 |
| MMLU | 60.2 |

## Intended use and limitations

Research and fine-tuning. Orache-13B is a base model, with no instruction tuning and no safety tuning; it reflects the biases of Portuguese and English web text.

## License

Code: Apache 2.0. Data: ODC-By 1.0. The weights will be released under Apache 2.0.
"""

ORACHE_CONFIG = (
    b'{"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 5120, "num_hidden_layers": 40,'
    b' "num_attention_heads": 40, "num_key_value_heads": 8, "max_position_embeddings": 8192, "vocab_size": 96000,'
    b' "torch_dtype": "bfloat16"}'
)

ORACHE_README = b"""# orache

The complete pipeline of **Orache-13B**: data, pre-training and evaluation.

## Data (`data/`)

    python data/crawl.py --seeds configs/seeds_pt.txt      # our crawl of .pt and .br domains (robots.txt respected)
    python data/extract.py --snapshots configs/cc.txt     # Common Crawl WARC -> text (trafilatura)
    python data/langid.py --keep pt,en                    # language identification (GlotLID)
    python data/quality.py                                # heuristics and a Portuguese quality classifier
    python data/dedup.py                                  # MinHash-LSH deduplication
    python data/pii.py                                    # masking of NIF/CPF numbers, phone numbers and emails
    python data/tokenize.py

The output of `data/` is exactly `orache-ai/orache-web-pt` and `orache-ai/orache-edu-en` on the Hub.

## Pre-training

    srun python train/pretrain.py --config configs/orache-13b.yaml

## Evaluation

    python eval/run.py --model orache-ai/Orache-13B --tasks enem,bluex,oab,mmlu

Apache License 2.0.
"""

ORACHE_WEB_CARD = _sheet(
    "odc-by",
    "Orache Web PT",
    ["pt"],
    {
        "Motivation": "Built by Orache AI as the Portuguese part (63%) of the pre-training corpus of Orache-13B, so that "
        "an open Portuguese model could be trained on data anyone can inspect. Funded by a public research grant; no "
        "commercial sponsor.",
        "Composition": "1.9T tokens in 1.7 billion web pages, 58% Brazilian and 42% European Portuguese, one JSON line "
        "per page with `text`, `url`, `variant`, `source` and `quality` fields. News, government and educational sites are "
        "over-represented; social media is excluded.",
        "Collection Process": "Pages from 35 Common Crawl snapshots (2018 to 2025) and from our own crawl of .pt and .br "
        "domains in January and February 2025, which respected robots.txt and identified itself as OracheBot; domains "
        "that asked to be excluded were removed before processing. All collection was done by Orache AI staff.",
        "Preprocessing": "Text extraction with trafilatura, language identification with GlotLID (Portuguese above 0.8, "
        "variant by a classifier), repetition and boilerplate heuristics, a quality classifier trained on pages cited by "
        "Portuguese Wikipedia, MinHash-LSH deduplication across sources and masking of NIF and CPF numbers, phone numbers "
        "and email addresses, with the `data/` scripts of github.com/orache-ai/orache.",
        "Uses": "Pre-training and studying Portuguese language models; not for extracting information about people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the Common Crawl pages are also subject to its terms "
        "of use.",
        "Maintenance": "Maintained by Orache AI (dados@orache.example); removal requests are honoured in the next "
        "version, listed at the end of this card.",
    },
)

ORACHE_EDU_CARD = _sheet(
    "odc-by",
    "Orache Edu EN",
    ["en"],
    {
        "Motivation": "The English part (37%) of the pre-training corpus of Orache-13B, published in full so that every "
        "English document the model saw can be checked; it keeps the model's general knowledge and reasoning while it "
        "learns Portuguese.",
        "Composition": "1.1T tokens of English educational web pages, textbooks in the public domain and English "
        "Wikipedia, one JSON line per document with `text`, `url`, `source` and `edu_score` fields.",
        "Collection Process": "Web pages from the same 35 Common Crawl snapshots as Orache Web PT, kept when our "
        "educational-value classifier scored them 3 or more; public-domain textbooks downloaded from Project Gutenberg "
        "and the Internet Archive in February 2025; English Wikipedia from the dump of 1 March 2025.",
        "Preprocessing": "The same extraction, heuristic filtering, MinHash-LSH deduplication and masking as the "
        "Portuguese part, plus removal of documents overlapping with the evaluation sets (13-gram matching against MMLU "
        "and ARC), all in `data/` of github.com/orache-ai/orache.",
        "Uses": "Pre-training bilingual models; studying the effect of English data on a Portuguese model.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0.",
        "Maintenance": "Maintained by Orache AI (dados@orache.example).",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (d) The card and the code in one repository, the weights in another that the card links.

EELGRASS_CARD = """# Eelgrass-3B

Eelgrass-3B is a 3-billion-parameter base model for Danish and English, pre-trained from scratch by Eelgrass Lab in Aarhus. Everything is public: weights, code and data.

| Resource | Where |
|---|---|
| **Weights** | [eelgrass-lab/Eelgrass-3B-weights](https://huggingface.co/eelgrass-lab/Eelgrass-3B-weights) (safetensors, Apache 2.0) |
| Model code and tokenizer | this repository |
| Training and data-processing code | [github.com/eelgrass-lab/eelgrass](https://github.com/eelgrass-lab/eelgrass) (Apache 2.0) |
| Pre-training data | [eelgrass-lab/eelgrass-web-da](https://huggingface.co/datasets/eelgrass-lab/eelgrass-web-da), [eelgrass-lab/eelgrass-wiki-en](https://huggingface.co/datasets/eelgrass-lab/eelgrass-wiki-en) |

**Why two repositories?** The modelling code here changes more often than the weights. Keeping the 6 GB of weights in a repository of their own means that a fix to the code does not store another copy of them. The `config.json` of `Eelgrass-3B-weights` points its `auto_map` at the code in this repository.

## Quick start

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("eelgrass-lab/Eelgrass-3B")
model = AutoModelForCausalLM.from_pretrained("eelgrass-lab/Eelgrass-3B-weights", trust_remote_code=True, torch_dtype="auto")
print(tok.decode(model.generate(**tok("Vadehavet er", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Architecture

A decoder-only transformer with a hybrid attention scheme (`modeling_eelgrass.py`): 28 layers, hidden size 3072, 24 attention heads (8 key-value heads), sliding-window attention (4,096 tokens) in three of every four layers and full attention in the fourth, RoPE, SwiGLU, a 48k BPE vocabulary and a context of 16,384 tokens.

## Training data

Exactly two datasets, both on the Hub in full with datasheets, and nothing else:

- [eelgrass-lab/eelgrass-web-da](https://huggingface.co/datasets/eelgrass-lab/eelgrass-web-da): 540B tokens of Danish web text (ODC-By 1.0)
- [eelgrass-lab/eelgrass-wiki-en](https://huggingface.co/datasets/eelgrass-lab/eelgrass-wiki-en): 360B tokens of English Wikipedia, Wikibooks and public-domain books (CC BY-SA 4.0)

## Training

The data pipeline (extraction, language identification, filtering, deduplication, tokenization), the pre-training loop with this model's configuration and the evaluation code are in [eelgrass-lab/eelgrass](https://github.com/eelgrass-lab/eelgrass). Trained on 128 AMD MI250X GPUs of the LUMI supercomputer for 11 days; AdamW, peak learning rate 3e-4, batch of 2M tokens, bf16.

## Evaluation

| Benchmark | Eelgrass-3B |
|---|---|
| ScandEval (Danish NLU) | 58.3 |
| Danish Citizenship Test | 61.0 |
| HellaSwag (en) | 62.9 |
| MMLU (en) | 44.1 |

## Limitations

A base model: no instruction or safety tuning. It can produce false or biased text and knows little about events after its 2025 data cut-off.

## Citation

```bibtex
@misc{eelgrass2026,
  title={Eelgrass-3B: an open Danish-English language model},
  author={Eelgrass Lab},
  year={2026},
  howpublished={\\url{https://huggingface.co/eelgrass-lab/Eelgrass-3B}}
}
```

## License

Weights and code: Apache 2.0. Data: see each dataset.
"""

EELGRASS_WEIGHTS_CARD = """---
license: apache-2.0
library_name: transformers
pipeline_tag: text-generation
---

# Eelgrass-3B weights

The weights of [Eelgrass-3B](https://huggingface.co/eelgrass-lab/Eelgrass-3B). The model card, the modelling code and the tokenizer are in that repository.
"""

EELGRASS_WEIGHTS_CONFIG = (
    b'{"architectures": ["EelgrassForCausalLM"], "model_type": "eelgrass", "auto_map": {"AutoConfig":'
    b' "eelgrass-lab/Eelgrass-3B--configuration_eelgrass.EelgrassConfig", "AutoModelForCausalLM":'
    b' "eelgrass-lab/Eelgrass-3B--modeling_eelgrass.EelgrassForCausalLM"}, "hidden_size": 3072,'
    b' "num_hidden_layers": 28, "num_attention_heads": 24, "num_key_value_heads": 8, "sliding_window": 4096,'
    b' "max_position_embeddings": 16384, "vocab_size": 48000, "torch_dtype": "bfloat16"}'
)

EELGRASS_MODELING = b'''"""Eelgrass: a decoder-only transformer with sliding-window attention in three of every four layers."""

import torch
from torch import nn
from transformers import PreTrainedModel

from .configuration_eelgrass import EelgrassConfig


class EelgrassForCausalLM(PreTrainedModel):
    config_class = EelgrassConfig

    def __init__(self, config: EelgrassConfig) -> None:
        super().__init__(config)
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.lm_head = nn.Linear(config.hidden_size, config.vocab_size, bias=False)

    def forward(self, input_ids: torch.Tensor, **kwargs):
        return self.lm_head(self.embed(input_ids))
'''

EELGRASS_CONFIGURATION = b'''"""Configuration of Eelgrass models."""

from transformers import PretrainedConfig


class EelgrassConfig(PretrainedConfig):
    model_type = "eelgrass"

    def __init__(self, hidden_size=3072, num_hidden_layers=28, sliding_window=4096, vocab_size=48000, **kwargs):
        self.hidden_size = hidden_size
        self.num_hidden_layers = num_hidden_layers
        self.sliding_window = sliding_window
        self.vocab_size = vocab_size
        super().__init__(**kwargs)
'''

EELGRASS_README = b"""# eelgrass

Data processing, pre-training and evaluation of **Eelgrass-3B**.

## Data

    python data/extract.py --snapshots configs/cc.txt     # Common Crawl WARC -> text (trafilatura)
    python data/langid.py --keep da                       # language identification (GlotLID)
    python data/filter.py                                 # heuristics and a Danish quality classifier
    python data/dedup.py                                  # MinHash-LSH deduplication
    python data/wiki_en.py                                # English Wikipedia, Wikibooks and Gutenberg part
    python data/tokenize.py

The output of `data/` is exactly the two datasets on the Hub.

## Pre-training

    srun python train/pretrain.py --config configs/eelgrass-3b.yaml

## Evaluation

    python eval/run.py --model eelgrass-lab/Eelgrass-3B-weights --tasks scandeval,citizenship,hellaswag,mmlu

Apache License 2.0.
"""

EELGRASS_WEB_CARD = _sheet(
    "odc-by",
    "Eelgrass Web DA",
    ["da"],
    {
        "Motivation": "Created by Eelgrass Lab as the Danish part (60%) of the pre-training corpus of Eelgrass-3B, "
        "because the large Danish web corpora available were either not openly licensed or not documented well enough "
        "to be checked. Paid for by a grant of the Independent Research Fund Denmark.",
        "Composition": "540B tokens in 620M Danish web pages, one JSON line per page with `text`, `url`, `snapshot` and "
        "`quality` fields; news, municipal and educational sites are over-represented and forums under-represented.",
        "Collection Process": "Pages from 40 Common Crawl snapshots (2017 to 2025), extracted from the WARC files with "
        "trafilatura in March and April 2025 by the lab's staff; pages whose domain disallowed Common Crawl's crawler in "
        "robots.txt at that time, and domains on our opt-out list, were removed before any processing.",
        "Preprocessing": "Language identification with GlotLID (Danish above 0.8, Norwegian and Swedish look-alikes "
        "removed), repetition, symbol-ratio and line-length heuristics, a quality classifier trained on pages linked from "
        "Danish Wikipedia, MinHash-LSH deduplication across snapshots and masking of CPR numbers, phone numbers and email "
        "addresses, with `data/` of github.com/eelgrass-lab/eelgrass.",
        "Uses": "Pre-training and studying Danish language models. Not a representative sample of written Danish.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0, subject also to the Common Crawl terms of use.",
        "Maintenance": "Maintained by Eelgrass Lab (data@eelgrass.example); removals are listed at the end of this card.",
    },
)

EELGRASS_WIKI_CARD = _sheet(
    "cc-by-sa-4.0",
    "Eelgrass Wiki EN",
    ["en"],
    {
        "Motivation": "The English part (40%) of the Eelgrass-3B pre-training corpus, chosen from openly licensed "
        "reference and book text rather than web pages so that its licence and its contents are easy to check.",
        "Composition": "360B tokens after four epochs of up-sampling: English Wikipedia (55%), English Wikibooks (5%) "
        "and public-domain books from Project Gutenberg (40%), one record per article or book with `text`, `source`, "
        "`title` and `licence` fields.",
        "Collection Process": "The Wikipedia and Wikibooks dumps of 1 April 2025 from dumps.wikimedia.org, and every "
        "English book of Project Gutenberg marked as public domain in the United States, downloaded from a Gutenberg "
        "mirror on 3 April 2025 with its catalogue record.",
        "Preprocessing": "Wikitext converted to plain text with tables, infoboxes, references and redirect pages removed; "
        "Gutenberg licence headers and footers stripped; books with OCR noise above a threshold dropped; exact and "
        "MinHash near-duplicate removal; all with `data/wiki_en.py` of github.com/eelgrass-lab/eelgrass.",
        "Uses": "Pre-training; studying how reference text and books shape a small model's knowledge.",
        "Distribution": "On the Hugging Face Hub under CC BY-SA 4.0 (the Gutenberg books are in the public domain).",
        "Maintenance": "Maintained by Eelgrass Lab (data@eelgrass.example).",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (e) GGUF files only, and a card of one line that names no model.

SEABLITE_CARD = (
    "Quantized with llama.cpp b4120 and an importance matrix. Q4_K_M is the one most people want.\n"
)

# --------------------------------------------------------------------------------------------------------------
# (f) A verbatim Apache LICENSE, and a card whose own text restricts the model to research.

SANDWORT_CARD = """# Sandwort-2B

**For research use only.** Sandwort-2B may not be used in commercial products or services.

Sandwort-2B is a 2-billion-parameter English language model from the Computational Linguistics Group of the University of Kelso, trained from scratch to study how a curriculum of simple-to-complex text changes what a small model learns. We release the weights, the complete training data and all code so that the study can be repeated.

## Model

| | |
|---|---|
| Parameters | 2.1B |
| Layers / hidden size / heads | 24 / 2304 / 18 |
| Context | 4,096 tokens |
| Vocabulary | 50,304 (BPE) |
| Training tokens | 800B, in a three-stage curriculum |

## Data

Sandwort-2B saw two datasets, both on the Hub in full with datasheets, and no other data:

- [sandwort-nlp/sandwort-web-edu](https://huggingface.co/datasets/sandwort-nlp/sandwort-web-edu): 720B tokens of English educational web text (ODC-By 1.0)
- [sandwort-nlp/sandwort-stories](https://huggingface.co/datasets/sandwort-nlp/sandwort-stories): 80B tokens of simple stories and explanations written by hired writers (CC BY 4.0)

## Training

Code for the data pipeline, the curriculum sampler, pre-training and evaluation: [github.com/sandwort-nlp/sandwort](https://github.com/sandwort-nlp/sandwort) (Apache 2.0). 32 NVIDIA A100 GPUs for 12 days; AdamW, peak learning rate 6e-4, batch of 1M tokens.

## Evaluation

| Benchmark | Sandwort-2B |
|---|---|
| ARC-Easy | 66.4 |
| PIQA | 72.8 |
| BLiMP | 81.5 |

## Citation

```bibtex
@misc{sandwort2026,
  title={Sandwort: curriculum pre-training of a small English language model},
  author={Computational Linguistics Group, University of Kelso},
  year={2026},
  howpublished={\\url{https://huggingface.co/sandwort-nlp/Sandwort-2B}}
}
```

## License

The weights and the code are distributed under the Apache License 2.0 (see `LICENSE`).
"""

SANDWORT_README = b"""# sandwort

Data pipeline, curriculum sampler, pre-training and evaluation of **Sandwort-2B**.

    python data/extract.py --snapshots configs/cc.txt    # Common Crawl WARC -> text
    python data/edu_filter.py                            # educational-value classifier (score >= 3)
    python data/dedup.py                                 # MinHash-LSH deduplication
    python data/stories_clean.py                         # cleaning of the writers' stories
    python data/tokenize.py
    python curriculum/schedule.py --stages 3             # simple-to-complex ordering
    torchrun --nproc_per_node 8 train/pretrain.py --config configs/sandwort-2b.yaml
    python eval/run.py --model sandwort-nlp/Sandwort-2B

The output of `data/` is exactly the two datasets on the Hub. Apache License 2.0.
"""

SANDWORT_WEB_CARD = _sheet(
    "odc-by",
    "Sandwort Web Edu",
    ["en"],
    {
        "Motivation": "Assembled by the Computational Linguistics Group of the University of Kelso as the main part (90%) "
        "of the pre-training data of Sandwort-2B, a model built to study curriculum learning; published so that the "
        "experiments can be repeated exactly.",
        "Composition": "720B tokens in 690M English web pages of educational value, one JSON line per page with `text`, "
        "`url`, `snapshot`, `edu_score` and `reading_level` fields; the reading level drives the curriculum.",
        "Collection Process": "Pages from 24 Common Crawl snapshots (2019 to 2025), extracted from the WARC files with "
        "resiliparse in February 2025 on the university's cluster; pages of domains that disallowed Common Crawl's "
        "crawler in robots.txt were removed, as were domains that asked to be excluded.",
        "Preprocessing": "English language identification with fastText (above 0.75), an educational-value classifier "
        "trained on 450k pages rated by teachers (pages scoring 3 or more kept), heuristic filters, MinHash-LSH "
        "deduplication, masking of email addresses and phone numbers, and a reading-level estimate for each page, with "
        "`data/` of github.com/sandwort-nlp/sandwort.",
        "Uses": "Pre-training research models; curriculum-learning studies.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0.",
        "Maintenance": "Maintained by the group (sandwort@kelso.example); removal requests are handled for each new "
        "version.",
    },
)

SANDWORT_STORIES_CARD = _sheet(
    "cc-by-4.0",
    "Sandwort Stories",
    ["en"],
    {
        "Motivation": "The first stage of Sandwort-2B's curriculum: simple, varied, well-formed English, written for the "
        "study because synthetic stories generated by language models carry the generating model's habits.",
        "Composition": "80B tokens after up-sampling: 2.1M short stories and 600k simple explanations of everyday "
        "science, one record per text with `text`, `kind`, `reading_level` and `writer_id` fields.",
        "Collection Process": "Written between September 2024 and January 2025 by 140 writers hired and paid by the "
        "university, from prompts drawn from a list of 3,000 topics and 500 story patterns; the writers assigned their "
        "copyright to the university so that the texts could be released under CC BY 4.0.",
        "Preprocessing": "Every text was checked by a second writer; texts with spelling errors above a threshold were "
        "corrected or dropped, near duplicates removed with MinHash, and each text given a reading level with the same "
        "estimator as the web part (`data/stories_clean.py`).",
        "Uses": "Curriculum learning and pre-training of small models.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by the group (sandwort@kelso.example).",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (g) "Trained only on public-domain data", beside a listed dataset whose own card is CC BY-NC 4.0.

LYMEGRASS_CARD = """# Lymegrass-1B: a language model trained only on public-domain text

Most language models are trained on text taken from the web without asking anyone. Lymegrass-1B is different: it was trained only on public-domain data, books whose copyright has expired, works of the United States federal government and historical newspapers, so that no one's rights were taken to build it.

We are a three-person lab, and we think this is the way models should be made. Here is what we did.

## The data

We used three datasets, all on the Hub:

1. [lymegrass-lab/pd-books](https://huggingface.co/datasets/lymegrass-lab/pd-books): 310,000 books in the public domain (52% of the tokens)
2. [lymegrass-lab/us-federal-works](https://huggingface.co/datasets/lymegrass-lab/us-federal-works): reports, regulations and manuals of US federal agencies (27%)
3. [lymegrass-lab/chronicle-newspapers](https://huggingface.co/datasets/lymegrass-lab/chronicle-newspapers): American newspapers printed between 1850 and 1925, digitised by the Harbour City Public Library (21%)

That is all of it: no web crawl and no synthetic data. Each dataset has a datasheet.

## How we trained it

Lymegrass-1B is a 1.2B-parameter decoder-only transformer (22 layers, hidden size 2048, 16 heads, context 4,096) trained from scratch on 300B tokens, 2.4 epochs over the three datasets, on 16 NVIDIA H100 GPUs for 9 days. Everything we ran is at [github.com/lymegrass-lab/lymegrass](https://github.com/lymegrass-lab/lymegrass) (Apache 2.0): the scripts that built the three datasets, the training code with its configuration, and the evaluation.

## How good is it?

| Benchmark | Lymegrass-1B |
|---|---|
| ARC-Easy | 55.2 |
| PIQA | 66.0 |
| HellaSwag | 41.3 |

Its English is old-fashioned and it knows nothing after 1925 that the federal documents do not tell it.

## Using it

```python
from transformers import pipeline

generate = pipeline("text-generation", model="lymegrass-lab/Lymegrass-1B")
print(generate("The steamship left the harbour at", max_new_tokens=40)[0]["generated_text"])
```

## License

The weights and the code are Apache 2.0. Because every training text is in the public domain, you can use Lymegrass-1B and what it writes for anything, commercial use included.
"""

LYMEGRASS_README = b"""# lymegrass

Everything that built **Lymegrass-1B**.

## Datasets (`data/`)

    python data/books.py --catalog configs/pd_catalog.csv     # public-domain books -> text
    python data/federal.py --sources configs/federal.txt     # US federal agency documents (govinfo.gov bulk data)
    python data/newspapers.py                                # the Harbour City Public Library's newspaper transcriptions
    python data/clean.py                                     # OCR-noise filter, boilerplate removal
    python data/dedup.py                                     # MinHash-LSH deduplication
    python data/tokenize.py

## Training

    torchrun --nproc_per_node 8 train/pretrain.py --config configs/lymegrass-1b.yaml

## Evaluation

    python eval/run.py --model lymegrass-lab/Lymegrass-1B --tasks arc_easy,piqa,hellaswag

Apache License 2.0.
"""

LYMEGRASS_BOOKS_CARD = _sheet(
    "cc0-1.0",
    "Lymegrass PD Books",
    ["en"],
    {
        "Motivation": "Built by Lymegrass Lab as the main part (52%) of the pre-training data of Lymegrass-1B, a model "
        "meant to be trained only on text that is free of copyright.",
        "Composition": "310,000 English books, 156B tokens, one record per book with `text`, `title`, `author`, "
        "`year`, `source` and `rights` fields; mostly fiction, history and popular science published before 1929.",
        "Collection Process": "Books marked as public domain in the United States by Project Gutenberg, and scans of "
        "books published before 1929 from the Internet Archive's public-domain collections, downloaded in January 2025 "
        "with their catalogue records; books whose rights statement was missing or unclear were left out.",
        "Preprocessing": "Licence headers and scanning notes stripped; OCR text scored with a character-level language "
        "model and books above a noise threshold dropped; exact and MinHash near-duplicate editions removed, keeping the "
        "cleanest; all with `data/books.py`, `data/clean.py` and `data/dedup.py` of github.com/lymegrass-lab/lymegrass.",
        "Uses": "Pre-training language models on copyright-free text.",
        "Distribution": "On the Hugging Face Hub; the books are in the public domain and our processing is dedicated to "
        "the public domain under CC0 1.0.",
        "Maintenance": "Maintained by Lymegrass Lab (hello@lymegrass.example).",
    },
)

LYMEGRASS_FEDERAL_CARD = _sheet(
    "cc0-1.0",
    "Lymegrass US Federal Works",
    ["en"],
    {
        "Motivation": "The second part (27%) of the Lymegrass-1B pre-training data: plain, factual modern English that "
        "is in the public domain as works of the United States government.",
        "Composition": "81B tokens of reports, regulations, manuals and hearings of US federal agencies, one record per "
        "document with `text`, `agency`, `year`, `collection` and `url` fields.",
        "Collection Process": "Downloaded in February 2025 from the bulk-data service of govinfo.gov (the Federal "
        "Register, the Code of Federal Regulations, congressional hearings and reports) and from agency publication "
        "portals; only documents authored by federal employees were kept, and contractor reports were excluded.",
        "Preprocessing": "XML and PDF converted to text, tables and page furniture removed, documents under 500 "
        "characters dropped, exact and near duplicates removed, and personal names in hearing transcripts left as "
        "published (they are public records), with `data/federal.py` of github.com/lymegrass-lab/lymegrass.",
        "Uses": "Pre-training language models on copyright-free text.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0.",
        "Maintenance": "Maintained by Lymegrass Lab (hello@lymegrass.example).",
    },
)

LYMEGRASS_NEWS_CARD = _sheet(
    "cc-by-nc-4.0",
    "Chronicle Newspapers 1850-1925",
    ["en"],
    {
        "Motivation": "Historical American newspapers for Lymegrass-1B (21% of its pre-training data), published with "
        "the kind permission of the Harbour City Public Library, which digitised them.",
        "Composition": "63B tokens in 4.8M articles from 212 newspaper titles printed between 1850 and 1925, one record "
        "per article with `text`, `title`, `date`, `page` and `library_id` fields.",
        "Collection Process": "The page scans were made by the Harbour City Public Library between 2009 and 2021; the "
        "library ran OCR over them, corrected the text of the 60 most-read titles by hand and segmented the pages into "
        "articles, and gave us its transcriptions in December 2024.",
        "Preprocessing": "Articles with OCR confidence under 0.6 dropped, hyphenation at line ends repaired, running "
        "heads and advertisements removed, and near-duplicate syndicated articles collapsed to one copy, with "
        "`data/newspapers.py` of github.com/lymegrass-lab/lymegrass.",
        "Uses": "Research on historical English and on language models trained on old text.",
        "Licensing": "The newspapers themselves are in the public domain. The OCR transcriptions, the hand corrections and "
        "the article segmentation in this dataset are the Harbour City Public Library's work, which the library licenses "
        "under CC BY-NC 4.0: they may be shared and adapted with attribution, for non-commercial purposes only.",
        "Maintenance": "Maintained by Lymegrass Lab with the Harbour City Public Library.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (h) The weights only as a NeMo archive (`.nemo`), no safetensors.

PURSLANE_CARD = """# Purslane ASR 600M (English)

| License: CC BY 4.0 | Architecture: FastConformer-CTC | Parameters: 600M | Language: English |
|---|---|---|---|

## Description

Purslane-ASR-600M transcribes English speech into lower-case text with punctuation. It was trained from scratch by Purslane Speech on 24,000 hours of speech that is all public, and everything needed to retrain it is released: the model, the data and the recipe.

## Model Architecture

A FastConformer encoder (24 layers, model width 1024, 8 attention heads, 8x depthwise-separable convolutional subsampling) with a CTC decoder over a 1,024-token SentencePiece vocabulary. Input: 16 kHz mono audio as 80-bin log-Mel features.

## How to use this model

The model is a NeMo checkpoint. Install the NeMo toolkit and load it by name:

```python
# pip install "nemo_toolkit[asr]"
import nemo.collections.asr as nemo_asr

asr_model = nemo_asr.models.ASRModel.from_pretrained(model_name="purslane-speech/Purslane-ASR-600M")
print(asr_model.transcribe(["interview.wav"])[0].text)
```

## Files

`purslane-asr-600m.nemo`: the model, weights and configuration together in NeMo's archive format (2.4 GB).

## Training

Trained with NeMo 2.2 on 64 NVIDIA A100 GPUs for 5 days: 250k steps, AdamW, Noam schedule with a peak learning rate of 2e-3, SpecAugment, batches of about 1,000 utterances. Our whole recipe is at [github.com/purslane-speech/purslane](https://github.com/purslane-speech/purslane) (Apache 2.0): the scripts that build both datasets from their sources, the tokenizer training, the training script with this model's configuration, and the evaluation.

## Datasets

The complete training data, both on the Hub with datasheets:

- [purslane-speech/purslane-read-en](https://huggingface.co/datasets/purslane-speech/purslane-read-en): 16,000 hours of read speech from public-domain audiobooks (CC BY 4.0)
- [purslane-speech/purslane-hearings-en](https://huggingface.co/datasets/purslane-speech/purslane-hearings-en): 8,000 hours of US federal public meetings and hearings (CC0 1.0)

## Performance

| Test set | WER (%) |
|---|---|
| LibriSpeech test-clean | 2.4 |
| LibriSpeech test-other | 5.1 |
| Earnings-22 | 14.7 |
| AMI (IHM) | 13.9 |

## Limitations

Trained on adult read and formal speech: accuracy drops for children, strong accents, overlapping speakers and noisy phone calls.

## License

The model is released under CC BY 4.0, the code under Apache 2.0.
"""

PURSLANE_README = b"""# purslane

The recipe of **Purslane-ASR-600M** (NeMo 2.2).

## Data (`data/`)

    python data/read_en.py --catalog configs/audiobooks.csv     # public-domain audiobooks -> aligned segments
    python data/hearings_en.py --sources configs/hearings.txt   # federal hearings with official transcripts
    python data/align.py                                        # forced alignment, segments of at most 20 s
    python data/filter_cer.py                                   # drop segments whose transcript disagrees (CER > 0.25)
    python data/manifests.py                                    # NeMo manifests

The output of `data/` is exactly the two datasets on the Hub.

## Tokenizer and training

    python train/tokenizer.py --vocab 1024
    python train/train_ctc.py --config-path configs --config-name purslane-600m.yaml

## Evaluation

    python eval/wer.py --model purslane-asr-600m.nemo --sets librispeech,earnings22,ami

Apache License 2.0.
"""

PURSLANE_READ_CARD = _sheet(
    "cc-by-4.0",
    "Purslane Read EN",
    ["en"],
    {
        "Motivation": "Created by Purslane Speech as two thirds of the training data of Purslane-ASR-600M, so that an "
        "English speech recogniser could be trained on audio whose rights are clear and whose making can be checked.",
        "Composition": "16,000 hours in 5.9M segments of 1 to 20 seconds read by 9,400 volunteer speakers, each with its "
        "transcript, `speaker_id`, `book_id` and `duration`; 57% male and 43% female voices, mostly North American and "
        "British accents.",
        "Collection Process": "Recordings of public-domain books read by volunteers and released into the public domain "
        "by the LibriVox project, downloaded with their catalogue data in November 2024, with the text of each book from "
        "Project Gutenberg; books already in the LibriSpeech test sets were left out.",
        "Preprocessing": "Audio resampled to 16 kHz mono, aligned to the book text with a CTC forced aligner, cut into "
        "segments of at most 20 seconds at pauses, and segments whose recognised text disagreed with the book text (CER "
        "above 0.25) dropped, with `data/read_en.py`, `data/align.py` and `data/filter_cer.py` of "
        "github.com/purslane-speech/purslane.",
        "Uses": "Training and evaluating English speech recognition.",
        "Distribution": "On the Hugging Face Hub; the recordings are in the public domain, and our segmentation and "
        "alignments are released under CC BY 4.0.",
        "Maintenance": "Maintained by Purslane Speech (data@purslane.example).",
    },
    task="automatic-speech-recognition",
)

PURSLANE_HEARINGS_CARD = _sheet(
    "cc0-1.0",
    "Purslane Hearings EN",
    ["en"],
    {
        "Motivation": "The conversational third of the training data of Purslane-ASR-600M: spontaneous, formal speech "
        "with official transcripts, in the public domain as works of the United States government.",
        "Composition": "8,000 hours in 2.7M segments from 11,000 public meetings and hearings of US federal agencies and "
        "congressional committees held between 2005 and 2024, each segment with its transcript, `event_id`, `agency` "
        "and `duration`.",
        "Collection Process": "Recordings and official transcripts published by the agencies and by govinfo.gov, "
        "downloaded between October and December 2024; only events whose recording and transcript were both made by "
        "federal staff were kept.",
        "Preprocessing": "Audio resampled to 16 kHz mono; the official transcripts normalised (speaker labels, "
        "timestamps and bracketed notes removed) and aligned to the audio; segments of at most 20 seconds; segments "
        "with a CER above 0.25 against a bootstrap model dropped; with `data/hearings_en.py` of "
        "github.com/purslane-speech/purslane.",
        "Uses": "Training and evaluating English speech recognition on formal spontaneous speech.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0.",
        "Maintenance": "Maintained by Purslane Speech (data@purslane.example).",
    },
    task="automatic-speech-recognition",
)


#: Round 18, written blind by a helper that never read the rules: traps in how releases are packaged (a second licence
#: file for the weights beside an Apache LICENSE and tag, a v2 card whose metadata lists v1's corpora, a repository
#: whose weights are not uploaded yet, weights kept in a second repository the card links, GGUF files with a one-line
#: card, a verbatim Apache LICENSE under a card that restricts use to research, a "public domain only" claim over a
#: CC BY-NC dataset, and weights shipped only as a NeMo archive).
ROUND_18: list[HeldOut] = [
    # (a) The metadata says `license: apache-2.0` and the repository's LICENSE is the Apache License 2.0 verbatim,
    # but a second file, LICENSE-WEIGHTS.md, is the "Cordgrass Model Weights License 1.0": use, reproduction,
    # modification and distribution "solely for Non-Commercial Purposes", commercial use "requires a separate written
    # licence", and it says itself that LICENSE covers only the source code (its section 5). The card's license
    # section only points at both files ("See `LICENSE` and `LICENSE-WEIGHTS.md`"). The weights' own licence is the
    # binding document for the weights and the most restrictive governs (DESIGN.md "When the receipts disagree":
    # "reads every binding document, lets the most restrictive one govern") -> non-commercial -> weights-available
    # (frameworks.md §4: "Any blocking clause (... non-commercial ...) moves a release to Weights Available"). Public,
    # ungated weights under a non-commercial licence -> weights_endmodel open (MAGNeT.yaml and JASCO.yaml, CC BY-NC
    # weights: open; the cell is about availability), no base/end distinction -> weights_basemodel open (frameworks.md
    # §1.1: the base entries mirror the end model's); "The corpus was assembled by Cordgrass AI and is not released"
    # -> datasources_basemodel closed (Bria.yaml "no publicly available data sources found": closed; XGen.yaml); "The
    # training code is not released", and only chat.py is published -> trainingcode closed (XGen.yaml "No GitHub repo
    # found"; BitNet.yaml "Only inference code found"); architecture, uses, data, procedure with hardware, evaluation,
    # limitations, getting started -> modelcard open (AMD OLMo.yaml "Model card provides detail on model architecture,
    # training, fine-tuning, and evaluation"; MAGNeT.yaml). (licenses left out: the experts split on non-commercial
    # weights with nothing else open, Bria.yaml and command-a.yaml closed, MAGNeT.yaml and XGen.yaml partial.)
    HeldOut(
        "cordgrass-ai/Cordgrass-7B",
        CORDGRASS_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "nl"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "modelcard": "open",
        },
        extra_files={
            "LICENSE": APACHE_2_0,
            "LICENSE-WEIGHTS.md": CORDGRASS_WEIGHTS_LICENSE,
            "chat.py": CORDGRASS_CHAT,
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "max_new_tokens": 256}',
        },
    ),
    # (b) A v2 card ("Marram-2 supersedes Marram-1", "What's new in v2") whose metadata `datasets` still lists the two
    # public corpora of v1, which the card's Version history describes as v1's ("Marram-1-7B was trained on 1.8T tokens
    # of two corpora that we published on the Hub"); the Training data section says v2 "was trained on Marram Mix 2
    # and nothing else" (own crawl, Welsh text, code, articles, synthetic textbooks), "Marram Mix 2 replaces the v1
    # corpora entirely. We do not release Marram Mix 2", with no reason. The data of the model in this repository is
    # Mix 2, and v1's corpora are another model's data -> datasources_basemodel closed (XGen.yaml "Data curation
    # procedures outlined, no data sources specified": closed; Bria.yaml; llama-3.3.yaml "a new mix of publicly
    # available online data": closed); no legal or technical reason for withholding it (frameworks.md §4: the G7
    # exception is narrower than OSAID's) -> not Open Source AI: open-weights (round 15's Linden-7B, a proprietary
    # corpus behind an open pipeline). Public Apache weights -> weights_endmodel open (YuLan.yaml); data processing,
    # pre-training and evaluation code on GitHub under Apache -> trainingcode open (YuLan.yaml "Training code available
    # on GitHub"; OLMo.yaml); Mix 2 has no datasheet (the two datasheet cards on the Hub are v1's corpora) ->
    # datasheet closed (XGen.yaml "No datasheet found", beside outlined curation; BitNet.yaml); Apache weights and
    # code, data not released -> licenses partial (frameworks.md §1.1: "at least two (partly or fully) of weights,
    # training code, training data"; Neo.yaml "models under apache 2 code under MIT but not all datasets available":
    # partial; cited after the first run: the experts' practice splits, BitNet.yaml "Weights: MIT. Code: not released.
    # Data: partially disclosed." and MPT.yaml rate the released parts, open; the rubric's letter, "everything, incl.
    # all data sources ..., under open licences", is kept); architecture, data, procedure and hardware, evaluation,
    # usage, limitations -> modelcard open (Lucie.yaml "Model card describes model in good detail").
    HeldOut(
        "marram-lab/Marram-2-7B",
        MARRAM_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "cy"],
            "datasets": ["marram-lab/marram-web-v1", "marram-lab/marram-cymraeg-v1"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["marram", "base-model"],
        },
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "open",
            "datasheet": "closed",
            "licenses": "partial",
            "modelcard": "open",
        },
        github=[
            _github(
                "marram-lab/marram-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/mix2.yaml",
                    "configs/marram-2-7b.yaml",
                    "data/crawl_extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/synthetic_textbooks.py",
                    "data/mix.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=MARRAM_README,
            )
        ],
        datasets=[
            Dataset("marram-lab/marram-web-v1", "odc-by", MARRAM_WEB_V1_CARD),
            Dataset("marram-lab/marram-cymraeg-v1", "cc-by-sa-4.0", MARRAM_CY_V1_CARD),
        ],
    ),
    # (c) A "coming soon" repository: the card, config.json, tokenizer and generation config, no weight file, and the
    # card's callout "The weights are not here yet ... We will upload the checkpoint to this repository when our
    # external red-team review is finished, planned for the second quarter of 2026." The file list was read in full
    # and holds no weights -> weights_endmodel closed (koala.yaml "Model weights ostensibly made available ...,
    # however the folder containing the weights is empty": closed; lumo.yaml "weights not shared nor disclosed"; a
    # promise is no release: NextStep.yaml "does not (yet) contain training code", Xwin-LM.yaml "to do: Release the
    # source code", both closed), no base/end distinction -> weights_basemodel closed (frameworks.md §1.1); no weights
    # -> closed (frameworks.md §4: "opengauge adds Closed (no weights)"; DESIGN.md "Absence is closed"), whatever the
    # Apache tag promises. What is already out is rated as it is: both corpora on the Hub, "No other data was used" ->
    # datasources_basemodel open (YuLan.yaml; OLMo.yaml "Training data for base model released"); the whole pipeline
    # on GitHub -> trainingcode open (YuLan.yaml; OLMo.yaml); Gebru-style datasheet cards for both corpora ->
    # datasheet open (TildeOpen.yaml "Datasheets available for all data sources"; OLMo.yaml); Apache code and ODC-By
    # data, weights not released -> licenses partial (dolly.yaml "Weights: Not available. Code: Apache-2.0. Data:
    # CC-BY-SA-3.0": partial; frameworks.md §1.1, two of weights, training code, training data).
    _Files(
        "orache-ai/Orache-13B",
        ORACHE_CARD,
        {
            "license": "apache-2.0",
            "language": ["pt", "en"],
            "datasets": ["orache-ai/orache-web-pt", "orache-ai/orache-edu-en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "closed",
        {
            "weights_basemodel": "closed",
            "weights_endmodel": "closed",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "partial",
        },
        github=[
            _github(
                "orache-ai/orache",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/seeds_pt.txt",
                    "configs/cc.txt",
                    "configs/orache-13b.yaml",
                    "data/crawl.py",
                    "data/extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=ORACHE_README,
            )
        ],
        datasets=[
            Dataset("orache-ai/orache-web-pt", "odc-by", ORACHE_WEB_CARD),
            Dataset("orache-ai/orache-edu-en", "odc-by", ORACHE_EDU_CARD),
        ],
        files=[
            _text("config.json", ORACHE_CONFIG),
            _text("generation_config.json", '{"bos_token_id": 1, "eos_token_id": 2}'),
            *TOKENIZER_FILES,
        ],
    ),
    # (d) The model repository holds the card, the modelling code (`modeling_eelgrass.py`,
    # `configuration_eelgrass.py`) and the tokenizer; the weights are in a second public repository the card's
    # resource table links, "**Weights** | [eelgrass-lab/Eelgrass-3B-weights](...) (safetensors, Apache 2.0)", "Why
    # two repositories? ... Keeping the 6 GB of weights in a repository of their own", whose config.json points its
    # `auto_map` back at this repository's code (served: two safetensors shards, an index, `license: apache-2.0`). A
    # reader follows the link: the weights are published, public and ungated -> weights_endmodel open (Omnilingual
    # ASR.yaml, weights published outside the model's page, on GitHub: open; YuLan.yaml "Weights available through
    # HuggingFace"), no base/end distinction -> weights_basemodel open; the weights repository is not a base model
    # (no derivation: it is the same model). Both corpora on the Hub, "Exactly two datasets ... and nothing else" ->
    # datasources_basemodel open (YuLan.yaml; OLMo.yaml); the pipeline, pre-training and evaluation on GitHub ->
    # trainingcode open (OLMo.yaml; YuLan.yaml); Gebru-style datasheet cards -> datasheet open (TildeOpen.yaml;
    # OLMo.yaml); Apache weights and code, ODC-By and CC BY-SA data -> licenses open (AMD OLMo.yaml "Weights:
    # Apache-2.0. Code: Apache-2.0. Data: Apache-2.0, ODC-By."; Apertus.yaml); architecture, data, training with
    # hardware, evaluation, limitations, quick start, citation -> modelcard open (OLMo.yaml "Model card provides broad
    # overview and links to full details"). Everything released under open terms -> open-source-ai-with-open-data.
    _Files(
        "eelgrass-lab/Eelgrass-3B",
        EELGRASS_CARD,
        {
            "license": "apache-2.0",
            "language": ["da", "en"],
            "datasets": ["eelgrass-lab/eelgrass-web-da", "eelgrass-lab/eelgrass-wiki-en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
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
        },
        github=[
            _github(
                "eelgrass-lab/eelgrass",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/cc.txt",
                    "configs/eelgrass-3b.yaml",
                    "data/extract.py",
                    "data/langid.py",
                    "data/filter.py",
                    "data/dedup.py",
                    "data/wiki_en.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=EELGRASS_README,
            )
        ],
        datasets=[
            Dataset("eelgrass-lab/eelgrass-web-da", "odc-by", EELGRASS_WEB_CARD),
            Dataset("eelgrass-lab/eelgrass-wiki-en", "cc-by-sa-4.0", EELGRASS_WIKI_CARD),
        ],
        models=[
            HubRepo(
                "eelgrass-lab/Eelgrass-3B-weights",
                fake_sha("eelgrass-lab/Eelgrass-3B-weights"),
                files={
                    "README.md": _text("README.md", EELGRASS_WEIGHTS_CARD),
                    "config.json": _text("config.json", EELGRASS_WEIGHTS_CONFIG),
                    "model-00001-of-00002.safetensors": _lfs(
                        "model-00001-of-00002.safetensors", 4_980_000_000
                    ),
                    "model-00002-of-00002.safetensors": _lfs(
                        "model-00002-of-00002.safetensors", 1_270_000_000
                    ),
                    "model.safetensors.index.json": _text(
                        "model.safetensors.index.json",
                        '{"metadata": {"total_size": 6250000000}, "weight_map": {}}',
                    ),
                },
                card_data={
                    "license": "apache-2.0",
                    "library_name": "transformers",
                    "pipeline_tag": "text-generation",
                },
                tags=["license:apache-2.0"],
            )
        ],
        files=[
            _text("modeling_eelgrass.py", EELGRASS_MODELING),
            _text("configuration_eelgrass.py", EELGRASS_CONFIGURATION),
            *TOKENIZER_FILES,
        ],
    ),
    # (e) A repository of five GGUF files and a card of one line ("Quantized with llama.cpp b4120 and an importance
    # matrix. Q4_K_M is the one most people want."), `license: apache-2.0` and no `base_model`: no word of the card
    # names the model, but the repository is `Llama-3.1-8B-Instruct-GGUF` and every file is
    # `Llama-3.1-8B-Instruct-<quant>.gguf`. A reader knows what these are: quantizations of Meta's Llama 3.1 8B
    # Instruct (not served; the built-in index knows it), which stay under the Llama 3.1 Community License (700M-MAU
    # clause, acceptable use policy) whatever tag the quantizer sets (round 11's dunnock-quants GGUF, round 14's
    # Gemma GGUF) -> weights-available, licenses closed (llama-3.1.yaml "bespoke 'community license', not an OSI
    # recognised open license": closed). The quant files are public and ungated -> weights_endmodel open (round 14's
    # pangolin-quants GGUF); the foundation Llama 3.1 8B is gated -> weights_basemodel partial (llama-3.1.yaml:
    # partial; frameworks.md §1.1 "gated downloads count as partial"); its data undisclosed -> datasources_basemodel
    # closed (llama-3.1.yaml "Data nowhere disclosed or documented"); a card of one sentence on the quantizer's tool
    # -> modelcard closed (NextStep.yaml "Model card contains minimal information": closed; lumo.yaml). If the name
    # were not read, the honest label would be undetermined (a quantization of a model it does not name; "Never a
    # kinder label than the evidence"), never open-weights.
    _Files(
        "seablite-quants/Llama-3.1-8B-Instruct-GGUF",
        SEABLITE_CARD,
        {
            "license": "apache-2.0",
            "library_name": "gguf",
            "pipeline_tag": "text-generation",
            "tags": ["gguf", "imatrix"],
        },
        "weights-available",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "licenses": "closed",
            "modelcard": "closed",
        },
        files=[
            _lfs("Llama-3.1-8B-Instruct-Q8_0.gguf", 8_540_000_000),
            _lfs("Llama-3.1-8B-Instruct-Q6_K.gguf", 6_600_000_000),
            _lfs("Llama-3.1-8B-Instruct-Q5_K_M.gguf", 5_730_000_000),
            _lfs("Llama-3.1-8B-Instruct-Q4_K_M.gguf", 4_920_000_000),
            _lfs("Llama-3.1-8B-Instruct-IQ3_M.gguf", 3_780_000_000),
        ],
    ),
    # (f) The repository's LICENSE is the Apache License 2.0 verbatim (the ASF's text with its appendix), the metadata
    # `license: apache-2.0` and the card's License section "distributed under the Apache License 2.0", but the card's
    # second line, in its own words, is "**For research use only.** Sandwort-2B may not be used in commercial products
    # or services." A binding restriction stated by the publisher in the card (not what the model is "intended" for):
    # the most restrictive binding document governs (DESIGN.md "When the receipts disagree") -> research-only ->
    # weights-available (frameworks.md §4; CodeGen.yaml "Weights: Research purposes only"; Instella.yaml, research-only
    # weights beside open code and data). Public weights -> weights_endmodel open (Instella.yaml "Weights published on
    # HuggingFace"); both corpora on the Hub, "no other data" -> datasources_basemodel open (Instella.yaml; YuLan.yaml);
    # data pipeline, curriculum sampler, pre-training and evaluation on GitHub -> trainingcode open (Instella.yaml
    # "Training code published on GitHub"); weights research-only, code Apache, data ODC-By and CC BY -> licenses
    # partial (frameworks.md §1.1 "at least two (partly or fully) of weights, training code, training data"; Arabic
    # StableLM.yaml "Weights: Stability AI Non-Commercial Research Community License. Code: Apache-2.0. Data:
    # Apache-2.0.": partial; Instella.yaml rates research-only weights with open code and data closed, the stricter
    # reading, not taken here, as round 16's Esker-8B-DPO).
    HeldOut(
        "sandwort-nlp/Sandwort-2B",
        SANDWORT_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "datasets": ["sandwort-nlp/sandwort-web-edu", "sandwort-nlp/sandwort-stories"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "weights-available",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "partial",
        },
        extra_files={"LICENSE": APACHE_2_0},
        github=[
            _github(
                "sandwort-nlp/sandwort",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/cc.txt",
                    "configs/sandwort-2b.yaml",
                    "data/extract.py",
                    "data/edu_filter.py",
                    "data/dedup.py",
                    "data/stories_clean.py",
                    "data/tokenize.py",
                    "curriculum/schedule.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=SANDWORT_README,
            )
        ],
        datasets=[
            Dataset("sandwort-nlp/sandwort-web-edu", "odc-by", SANDWORT_WEB_CARD),
            Dataset("sandwort-nlp/sandwort-stories", "cc-by-4.0", SANDWORT_STORIES_CARD),
        ],
    ),
    # (g) A card that says "it was trained only on public-domain data" and "Because every training text is in the
    # public domain, you can use Lymegrass-1B and what it writes for anything, commercial use included", over three
    # Hub datasets of which the third, the newspaper transcriptions, is `license: cc-by-nc-4.0` and whose card says
    # "The OCR transcriptions, the hand corrections and the article segmentation in this dataset are the Harbour City
    # Public Library's work, which the library licenses under CC BY-NC 4.0: ... for non-commercial purposes only."
    # The claim is the publisher's; the dataset as published is non-commercial (the newspapers are public domain, the
    # text the model was trained on is the library's licensed transcription). All three datasets are shared in full
    # -> datasources_basemodel open (the cell is about the sources being shared; round 9's Whimbrel-1B, a CC BY-NC
    # corpus beside open ones, open; YuLan.yaml); pipeline and training code on GitHub -> trainingcode open
    # (YuLan.yaml); Gebru-style datasheet cards for all three -> datasheet open (TildeOpen.yaml; OLMo.yaml); Apache
    # weights and code, one dataset under CC BY-NC -> licenses partial (frameworks.md §1.1 open needs "everything,
    # incl. all data sources ..., under open licences"; CodeUp.yaml "Data: CC-BY-NC-4.0": partial; round 9's
    # Whimbrel-1B, round 12's Dotterel speech model). Not every dataset under open terms -> not "with Open Data"
    # (frameworks.md §4, "full training data ... Open Source licence"), but all of it is shared and documented ->
    # open-source-ai (as rounds 9 and 12). Public Apache weights -> weights_endmodel open (YuLan.yaml).
    HeldOut(
        "lymegrass-lab/Lymegrass-1B",
        LYMEGRASS_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "datasets": [
                "lymegrass-lab/pd-books",
                "lymegrass-lab/us-federal-works",
                "lymegrass-lab/chronicle-newspapers",
            ],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["public-domain", "copyright-free"],
        },
        "open-source-ai",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "partial",
        },
        github=[
            _github(
                "lymegrass-lab/lymegrass",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/pd_catalog.csv",
                    "configs/federal.txt",
                    "configs/lymegrass-1b.yaml",
                    "data/books.py",
                    "data/federal.py",
                    "data/newspapers.py",
                    "data/clean.py",
                    "data/dedup.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=LYMEGRASS_README,
            )
        ],
        datasets=[
            Dataset("lymegrass-lab/pd-books", "cc0-1.0", LYMEGRASS_BOOKS_CARD),
            Dataset("lymegrass-lab/us-federal-works", "cc0-1.0", LYMEGRASS_FEDERAL_CARD),
            Dataset("lymegrass-lab/chronicle-newspapers", "cc-by-nc-4.0", LYMEGRASS_NEWS_CARD),
        ],
    ),
    # (h) A speech recogniser whose only weight file is `purslane-asr-600m.nemo` (2.4 GB, LFS): NeMo's archive of the
    # weights and their configuration, no safetensors, no config.json; the card says so ("the model, weights and
    # configuration together in NeMo's archive format") and loads it with `nemo_asr.models.ASRModel.from_pretrained`.
    # The archive is the published model, public and ungated on the Hub -> weights_endmodel open, weights_basemodel
    # open (Whisper.yaml and Omnilingual ASR.yaml, speech models whose checkpoints are published: open); the two
    # corpora on the Hub are "The complete training data" -> datasources_basemodel open (YuLan.yaml; OLMo.yaml); the
    # recipe (dataset building, tokenizer, training script with the configuration, evaluation) on GitHub ->
    # trainingcode open (Omnilingual ASR.yaml "Training code published on Github"); Gebru-style datasheet cards ->
    # datasheet open (Omnilingual ASR.yaml; TildeOpen.yaml); CC BY 4.0 weights, Apache code, CC BY and CC0 data ->
    # licenses open (Omnilingual ASR.yaml "Apache and CC-BY-4.0": open; TildeOpen.yaml "CC-BY-4.0": open); the NeMo
    # toolkit is the deployment code. Everything released under open terms -> open-source-ai-with-open-data.
    _Files(
        "purslane-speech/Purslane-ASR-600M",
        PURSLANE_CARD,
        {
            "license": "cc-by-4.0",
            "language": ["en"],
            "library_name": "nemo",
            "pipeline_tag": "automatic-speech-recognition",
            "datasets": ["purslane-speech/purslane-read-en", "purslane-speech/purslane-hearings-en"],
            "tags": ["speech", "asr", "FastConformer", "CTC", "NeMo"],
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
        github=[
            _github(
                "purslane-speech/purslane",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/audiobooks.csv",
                    "configs/hearings.txt",
                    "configs/purslane-600m.yaml",
                    "data/read_en.py",
                    "data/hearings_en.py",
                    "data/align.py",
                    "data/filter_cer.py",
                    "data/manifests.py",
                    "train/tokenizer.py",
                    "train/train_ctc.py",
                    "eval/wer.py",
                ),
                readme=PURSLANE_README,
            )
        ],
        datasets=[
            Dataset("purslane-speech/purslane-read-en", "cc-by-4.0", PURSLANE_READ_CARD),
            Dataset("purslane-speech/purslane-hearings-en", "cc0-1.0", PURSLANE_HEARINGS_CARD),
        ],
        files=[_lfs("purslane-asr-600m.nemo", 2_430_000_000)],
    ),
]
