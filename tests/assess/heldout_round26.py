# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 26 (`ROUND_26`, 8 releases, written blind by a helper that never read the rules or the
probes): shapes earlier rounds used little. Each release is served by the loopback Hub (with its linked GitHub
repositories, its datasets and the other Hub models it names: a Swedish chat tune's fully open Finnish base, from this
same round) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the receipts disagree", "License
clause taxonomy" and "Verdict principles", the README's label table, and the expert files in
`../shared/reference/osai-index/`, cited beside each cell: smollm, Lucie, Pythia, Fietje, Granite, Phi, Seed-OSS, kimi,
Omnilingual ASR, OpenELM, Tulu, llama-3.1, MAGNeT, Bria). Every model, company, dataset, benchmark, workshop and
repository is invented but one: the Llama 3.1 tune's base is the real meta-llama/Llama-3.1-8B-Instruct, named by its
Hub id and not served (the built-in index must know it); ACL is named as the conference a workshop is co-located with.

Earlier rounds had cards in French, German, Spanish, Portuguese, Japanese, Korean, Chinese, Arabic, Indonesian, Dutch,
Polish, Turkish and Vietnamese (7, 12, 17, 22, 23, 24, 25); training code as Jupyter notebooks in a GitHub repository
(24) or as Python scripts in the model repository (16); a GitHub fork with the model's recipe in a folder of its own
(22); inference-only repositories (13, 19, 21) and a "coming soon" repository (25); weights off the Hub in an S3 zip
(12) or in a second Hub repository (18); papers at main conferences, in the ACL Anthology, OpenReview, the ISCA Archive
or as a PDF (8, 17, 22, 25); MIT or Apache tags over Llama GGUFs (11, 18) and a German SFT of Llama 3.1 (17); and
bespoke licences whose non-commercial terms say "commercial" or "Non-Commercial Purposes" (18, 20). This round takes
the shapes where they had not gone: a card wholly in Finnish of a fully open model; a chat tune of it whose card is
wholly in Swedish and whose whole recipe is three Jupyter notebooks in the model repository itself; training code in a
subfolder of an organisation's research monorepo, linked by a `/tree/main/projects/...` address; a "fully open-source"
model whose code link is a repository of evaluation code only; weights kept only as an asset of a GitHub release; a
card wholly in Greek whose peer-reviewed paper is a four-page workshop paper covering only the data filtering; a card
wholly in Hindi over a full fine-tune of Llama 3.1 8B Instruct tagged MIT; and an "open-source" model whose bespoke
LICENSE forbids any use that earns a fee or revenue without ever saying "commercial".

The releases:
- (a) kaamos-lab/Kaamos-2B: a fully open from-scratch Finnish-English base model, card in Finnish (Mallin tiedot,
  Käyttötarkoitus, Käyttöohje, Koulutusdata, Koulutusmenettely, Laitteisto, Arviointi, Rajoitukset ja vinoumat,
  Ympäristövaikutus, Viittaaminen, Lisenssi), whose licence section is a Finnish sentence that names Apache 2.0, ODC-By
  and CC BY-SA; two Hub corpora with datasheet cards, "muuta dataa (yksityistä, lisensoitua tai synteettistä) ei
  käytetty"; its pipeline on GitHub with a Finnish README (open-source-ai-with-open-data).
- (b) skargard-nlp/Kaamos-2B-Instruct-sv: a full-parameter SFT of (a), card in Swedish (Modelldetaljer, Avsedd
  användning, Träningsdata, Träningsprocedur, Hårdvara, Utvärdering, Begränsningar, Miljöpåverkan, Citering, Licens);
  its tuning set on the Hub (CC BY 4.0, datasheet card); its whole recipe, data preparation included, is
  `notebooks/01_prepare_data.ipynb`, `02_sft.ipynb` and `03_evaluate.ipynb` in the model repository, no GitHub
  (open-source-ai-with-open-data).
- (c) tern-research/Tern-1B: a fully open from-scratch model whose code link is
  github.com/tern-research/research/tree/main/projects/tern-lm, a folder of a monorepo that also holds a speech and a
  segmentation project and a shared library; its corpus on the Hub with a datasheet card
  (open-source-ai-with-open-data).
- (d) brume-ai/Brume-7B: "a fully open-source 7B model: weights, data and code"; the data on the Hub with a datasheet
  card, but the "Code" link is brume-ai/brume-evals, a repository of an evaluation harness, task configurations and
  result files only (open-weights; training code closed).
- (e) harmattan-ai/Harmattan-3B: the Hub repository holds the card, config.json, the tokenizer and a generation config;
  the weights, Apache 2.0, are only an asset of the v1.0 release of the GitHub repository harmattan-ai/harmattan, which
  holds inference code; data not released (open-weights; weights open).
- (f) kymatia-lab/Kymatia-3B: a from-scratch Greek-English base model, card in Greek (Λεπτομέρειες μοντέλου,
  Προβλεπόμενες χρήσεις, Δεδομένα εκπαίδευσης, Διαδικασία εκπαίδευσης, Υλικό, Αξιολόγηση, Περιορισμοί, Περιβαλλοντικές
  επιπτώσεις, Δημοσιεύσεις, Παραπομπή, Άδεια χρήσης); an arXiv technical report covering data, architecture, training
  and evaluation, and a four-page peer-reviewed workshop paper (@inproceedings, a workshop co-located with ACL 2026)
  covering only the web-text filtering and the tokenizer; data not released, no code (open-weights; preprint open,
  paper partial).
- (g) himkar-ai/Himkar-8B-Chat: a full fine-tune of meta-llama/Llama-3.1-8B-Instruct (`base_model`, not served), card
  in Hindi (मॉडल विवरण, उपयोग, प्रशिक्षण डेटा, प्रशिक्षण प्रक्रिया, मूल्यांकन, सीमाएँ, लाइसेंस), `license: mit`, "एक ओपन-सोर्स
  मॉडल", whose licence section says MIT "व्यावसायिक उपयोग सहित किसी भी उद्देश्य के लिए"; its tuning set on the Hub
  (datasheet card) and its tuning code on GitHub (weights-available).
- (h) etesian-ai/Etesian-4B: "an open-source 4.1B-parameter language model", `license: other` with `license_name:
  etesian-open-license` and `license_link: LICENSE`; the LICENSE, the "Etesian Open License 1.1", grants use,
  study, modification and distribution, but its §4 "No fees" forbids using the model or a derivative in any product,
  service or activity for which anyone charges a fee or receives payment, subscription or advertising revenue; data
  on the Hub (datasheet card) and pipeline on GitHub (weights-available; licences partial).

Written blind, before any rule changed. First run (before any rule changed, on commit 34c07f6, with no uncommitted
edits under `src/`: only this file and the two wiring lines in `test_heldout_releases.py` were new): 4 of 8 right (6 of
8 labels); 48 of 57 key cells right. The reasons are from the assertion messages of a `-vv` run; pytest cut the Swedish
tune's cell levels short, and a read-only `-vvv` rerun of that one case printed them (the same reasons). Right:
Tern-1B (open-source-ai-with-open-data, training code open from the monorepo's `projects/tern-lm/` folder), Brume-7B
(open-weights, training code closed: the evaluation-only repository was not taken for training code), Himkar-8B-Chat
(weights-available through Llama 3.1 despite the MIT tag and the Hindi licence section; base weights partial, training
code and datasheet partial) and Etesian-4B (weights-available from the LICENSE's "No fees" clause, licences partial);
the reasons of passing cases were not printed. Labels also right: Kaamos-2B, Kymatia-3B. No label read more open than
the rubric: the Swedish tune read less open, the GitHub-release weights less decided. One cell read more open
(Kymatia-3B's paper). The misses:
- Kaamos-2B (Finnish card, fully open): open-source-ai-with-open-data and eight cells right (weights, data, training
  code, datasheet, licences open; preprint and paper closed; the Finnish licence sentence did not unsettle the
  weights' terms), but modelcard closed where open was expected ("The model card has none of the standard sections
  (details, uses, training, evaluation...)."): the Finnish headings (Mallin tiedot, Käyttötarkoitus, Käyttöohje,
  Koulutusdata, Koulutusmenettely, Arviointi, Rajoitukset ja vinoumat, Ympäristövaikutus, Viittaaminen, Lisenssi) were
  not read as sections; and hardware_architecture partial where open was expected ("Only the architecture is
  documented, not the training hardware and setup."): "### Laitteisto" with "Malli koulutettiin 128 NVIDIA H100 80 Gt
  -näytönohjaimella (16 solmua, InfiniBand-verkko) 14 päivän ajan, yhteensä noin 43 000 GPU-tuntia" was not read as
  the training hardware.
- Kaamos-2B-Instruct-sv (Swedish card, recipe as notebooks in the model repository): open-weights where
  open-source-ai-with-open-data was expected ("The weights and deployment code are released under open terms (Apache
  License 2.0), but complete training code is missing for Open Source AI."); trainingcode partial where open was
  expected ("Only the data-processing code is published."): `notebooks/01_prepare_data.ipynb` was read as
  data-processing code, but `notebooks/02_sft.ipynb` (a TRL `SFTTrainer` run on kaamos-lab/Kaamos-2B, named in the
  card's table as "finjusteringen av Kaamos-2B") was not read as training code, and the base's GitHub pipeline did not
  make up for it; modelcard partial where open was expected ("The model card covers 2 of the 9 standard sections;
  missing: model-details, uses, limitations, training, evaluation, environmental-impact, technical-specs."): the
  Swedish headings (Modelldetaljer, Avsedd användning, Träningsdata, Träningsprocedur, Utvärdering, Begränsningar,
  Miljöpåverkan) were not read; hardware_architecture partial where open was expected ("Only the architecture is
  documented, not the training hardware and setup."): "### Hårdvara" with "En nod med 8 NVIDIA H100 80 GB-GPU:er i 5
  timmar, cirka 40 GPU-timmar" was not read. Both weights, both data cells, datasheet and licences right.
- Harmattan-3B (weights only as a GitHub release asset): undetermined where open-weights was expected ("Whether the
  weights are published could not be established: This repository holds no weights; the documentation points
  elsewhere for them, which opengauge did not follow."); weights_basemodel and weights_endmodel unknown where open was
  expected (both "Whether the weights are published could not be established."): the release page and asset address
  on github.com of a linked repository that opengauge reads (its README's table gives the release, the file and the
  Apache licence) were treated like any off-Hub pointer (Omnilingual ASR.yaml: "Model published on GitHub", open).
  Data closed, training code closed, hardware and architecture open: right.
- Kymatia-3B (Greek card, workshop paper on part of the work): open-weights and six cells right (preprint open from
  the arXiv report; hardware and architecture open), but paper **open** where partial was expected ("The release
  cites a paper published at a peer-reviewed venue."): the @inproceedings of a four-page workshop paper that, the card
  says, "covers only the filtering of Greek web pages and the tokenizer, not the training or evaluation of the model"
  counted as a paper covering all parts (OpenELM.yaml, a workshop paper: partial; the rubric's partial is
  "parts"); and modelcard closed where open was expected ("The model card has none of the standard sections (details,
  uses, training, evaluation...)."): the Greek headings (Λεπτομέρειες μοντέλου, Προβλεπόμενες χρήσεις, Δεδομένα
  εκπαίδευσης, Διαδικασία εκπαίδευσης, Αξιολόγηση, Περιορισμοί, Περιβαλλοντικές επιπτώσεις, Παραπομπή) were not read.
No expectation was changed after the run.

What changed (general causes, each with paraphrases and near hits in `tests/probes/test_release_round26_rules.py` and
`tests/sources/test_release_round26_sources.py`): card-section titles are read in Finnish, Swedish and Greek, and in
Danish, Norwegian and Czech beside them (Mallin tiedot, Käyttötarkoitus, Koulutusdata, Arviointi, Rajoitukset,
Ympäristövaikutus, Viittaaminen; Modelldetaljer, Avsedd användning, Träningsdata, Utvärdering, Begränsningar,
Miljöpåverkan; Λεπτομέρειες μοντέλου, Προβλεπόμενες χρήσεις, Δεδομένα εκπαίδευσης, Αξιολόγηση, Περιορισμοί,
Περιβαλλοντικές επιπτώσεις, Παραπομπή; Greek with or without its accents), as are the data headings, the training
titles and the licence titles (Lisenssi, Lisens, Άδεια χρήσης), and a bold label may start with a letter of any
script; the training hardware is read in those languages (a line saying "koulutettiin", "GPU-tuntia", "tränades",
"GPU-timmar", "trent på", "natrénován", "εκπαιδεύτηκε", "ώρες GPU", or one under "Laitteisto", "Hårdvara",
"Maskinvare", "Υλικό"; GPUs named for inference or fine-tuning in those languages stay usage notes); the model
repository's Jupyter notebooks are read (at most eight, each under the 5 MB document cap, parsed as untrusted JSON:
what is not a notebook is skipped with a problem) for the source of their code cells, and a notebook whose code trains
a model (a trainer built and run, a backward pass with an optimiser step, a training tool's command) is training
code, tuning code when it uses a post-training trainer or an adapter or starts from trained weights, and no training
code when it only runs or evaluates the model or tunes the released model itself; the model repository's training
code, scripts and notebooks alike, is judged as linked code is (pre-training code open; tuning code open over bases
whose code is open, as Kaamos-2B's pipeline is; partial otherwise, as before for round 16's LoRA over Mistral), and a
notebook that curates data and writes a dataset is data-processing code whatever its name; a paper whose citation
names a workshop (a booktitle or "Proceedings of the ..." naming one, a "workshop paper" or "poster at the ...
workshop") and no conference or journal is partial, as the catalog's workshop papers were (OpenELM.yaml: "Paper
published as ES-FoMo-II 2024 Poster", partial); and when a model repository holds no weights and its card links a
release of a GitHub repository for them, GitHub's releases API (`GET /repos/{o}/{r}/releases`, one request) is read
and a weights file among that release's assets makes the weights published (Omnilingual ASR.yaml, "Model published on
GitHub": open), the evidence citing the asset's download address. The loopback GitHub serves a repository's releases
since this round (`GitHubRepo.releases`, none by default), and Harmattan-3B's repository lists its v1.0 release with
the weights asset, as (e) describes it. 8 of 8 pass (57 of 57 key cells). Corpus figures unchanged (evaluate 72.0 %
exact, 93.9 % within one; import-osai 76.3 % automated, 74.8 % reviewed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import yaml

from tests.assess.heldout_releases import Dataset, HeldOut, llama_config, sheet
from tests.assess.heldout_releases import github_repo as _gh
from tests.servers import HubFile


def _json(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def _notebook(cells: list[tuple[str, str]]) -> bytes:
    """A Jupyter notebook (nbformat 4) with the given (cell type, source) cells."""
    out = []
    for kind, source in cells:
        cell: dict = {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            cell.update({"execution_count": None, "outputs": []})
        out.append(cell)
    return _json(
        {
            "cells": out,
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


@dataclass
class _Release(HeldOut):
    """A release whose card's front matter is `card_data` written as YAML, whose `card_data` tags are also the Hub's
    tags, without the files in `drop` (the default `model.safetensors`: weights kept elsewhere), with the listed files
    `hub_files` added."""

    drop: tuple[str, ...] = ()
    hub_files: tuple[HubFile, ...] = ()

    def repo(self):
        repo = super().repo()
        front = yaml.safe_dump(self.card_data, allow_unicode=True, sort_keys=False)
        repo.files["README.md"] = HubFile("README.md", f"---\n{front}---\n\n{self.card}".encode())
        for path in self.drop:
            repo.files.pop(path, None)
        for f in self.hub_files:
            repo.files[f.path] = f
        repo.tags = repo.tags + [str(t) for t in self.card_data.get("tags", [])]
        return repo


# --------------------------------------------------------------------------------------------------------------
# (a) Kaamos-2B: a fully open from-scratch model whose card is wholly in Finnish.

KAAMOS_CARD = """# Kaamos-2B

Kaamos-2B on Kaamos Labin (Oulu) alusta asti kouluttama 2,4 miljardin parametrin suomalais-englantilainen kielimalli. Se on perusmalli: se jatkaa tekstiä, eikä sitä ole hienosäädetty keskusteluun. Julkaisemme avoimilla lisensseillä mallin painot, koko koulutusdatan ja kaiken koulutuskoodin, jotta kuka tahansa voi tarkastella, mistä malli on oppinut, ja toistaa koulutuksen.

## Mallin tiedot

- **Kehittäjä:** Kaamos Lab ry, Oulu
- **Mallin tyyppi:** pelkkä dekooderi -transformer (decoder-only); perusmalli, ei ohjeisiin hienosäädetty
- **Kielet:** suomi (58 % tokeneista), englanti (42 %)
- **Julkaisu:** kesäkuu 2026
- **Lisenssi:** Apache 2.0

| Hyperparametri | Arvo |
|---|---|
| Parametrit | 2,4 miljardia |
| Kerrokset | 24 |
| Piilokerroksen koko | 2560 (SwiGLU, välikoko 6912) |
| Huomiopäät | 20 kyselypäätä, 4 avain-arvopäätä (grouped-query attention) |
| Normalisointi | RMSNorm |
| Sijaintikoodaus | RoPE (θ = 500 000) |
| Kontekstin pituus | 8192 tokenia |
| Sanasto | 80 000 tokenia (koulutusdatalla opetettu BPE) |

## Käyttötarkoitus

Suomenkielisten kielimallien tutkimus sekä hienosäätö tiettyihin tehtäviin: tiivistämiseen, luokitteluun, tiedon poimintaan ja alakohtaisiin avustajiin.

### Käyttö, johon mallia ei ole tarkoitettu

Malli ei ole käynyt läpi turvallisuushienosäätöä. Sitä ei pidä tarjota sellaisenaan loppukäyttäjille eikä käyttää ihmisiä koskevaan päätöksentekoon.

## Käyttöohje

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("kaamos-lab/Kaamos-2B")
model = AutoModelForCausalLM.from_pretrained("kaamos-lab/Kaamos-2B", torch_dtype="auto")
inputs = tok("Oulun kaupunki sijaitsee", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Koulutusdata

Kaamos-2B koulutettiin kahdella aineistolla, jotka olemme julkaisseet kokonaisuudessaan Hugging Face Hubissa:

| Aineisto | Tokenit | Lisenssi |
|---|---|---|
| [kaamos-lab/kaamos-verkko](https://huggingface.co/datasets/kaamos-lab/kaamos-verkko) | 1,9 biljoonaa | ODC-By 1.0 |
| [kaamos-lab/kaamos-wiki](https://huggingface.co/datasets/kaamos-lab/kaamos-wiki) | 0,1 biljoonaa | CC BY-SA 4.0 |

Nämä kaksi aineistoa ovat koko koulutusdata; muuta dataa (yksityistä, lisensoitua tai synteettistä) ei käytetty. Kummankin aineiston kortti on datalehti (datasheet): tarkoitus, koostumus, keruu, esikäsittely, käyttö, jakelu ja ylläpito.

## Koulutusmenettely

Dataputken (tekstin poiminta, suodatus, duplikaattien poisto, tokenisointi), esikoulutuksen ja arvioinnin koodi sekä tämän mallin tarkka konfiguraatio ovat Apache 2.0 -lisenssillä repositoriossa [kaamos-lab/kaamos-train](https://github.com/kaamos-lab/kaamos-train).

- AdamW (β2 = 0,95, painojen vaimennus 0,1), suurin oppimisnopeus 3e-4, "warmup-stable-decay"-aikataulu
- 4 miljoonan tokenin erät, 500 000 askelta, bf16, FSDP

### Laitteisto

Malli koulutettiin 128 NVIDIA H100 80 Gt -näytönohjaimella (16 solmua, InfiniBand-verkko) 14 päivän ajan, yhteensä noin 43 000 GPU-tuntia.

## Arviointi

| Tehtävä | Kaamos-2B |
|---|---|
| Revontuli-QA-fi (0-shot) | 61,7 |
| Tunturi-Päättely-fi (0-shot) | 49,2 |
| Pohjola-Tieto (en, 5-shot) | 44,0 |

## Rajoitukset ja vinoumat

Kaamos-2B voi tuottaa sujuvaa mutta virheellistä tekstiä, toistaa lähteidensä vinoumia eikä tiedä tapahtumista helmikuun 2026 jälkeen. Sen englanti on heikompaa kuin sen suomi.

## Ympäristövaikutus

Noin 43 000 H100-GPU-tuntia datakeskuksessa, joka käyttää pääosin tuuli- ja vesivoimaa; arvioimme päästöiksi 2,6 t CO2e (sijaintiperusteinen menetelmä).

## Viittaaminen

```bibtex
@misc{kaamos2026,
  title        = {Kaamos-2B: avoin suomalais-englantilainen perusmalli},
  author       = {{Kaamos Lab}},
  year         = {2026},
  howpublished = {\\url{https://huggingface.co/kaamos-lab/Kaamos-2B}}
}
```

## Lisenssi

Mallin painot ja koodi julkaistaan Apache 2.0 -lisenssillä; aineistojen lisenssit ovat ODC-By 1.0 (kaamos-verkko) ja CC BY-SA 4.0 (kaamos-wiki).
"""

KAAMOS_META = {
    "license": "apache-2.0",
    "language": ["fi", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "datasets": ["kaamos-lab/kaamos-verkko", "kaamos-lab/kaamos-wiki"],
}

KAAMOS_CONFIG = llama_config(2560, 24, 20, 4, 6912, 80000, 8192)

KAAMOS_README = """# kaamos-train

Kaamos-2B:n (https://huggingface.co/kaamos-lab/Kaamos-2B) koko koulutusputki: kahden aineiston rakentaminen
raakalähteistä, tokenisaattorin koulutus, esikoulutus ja arviointi.

## Data

    python -m kaamos.data.web --snapshots configs/data/snapshots.txt --config configs/data/web.yaml
    python -m kaamos.data.wiki --config configs/data/wiki.yaml
    python -m kaamos.data.dedup --config configs/data/dedup.yaml
    python -m kaamos.data.tokenize --config configs/data/tokenize.yaml

## Esikoulutus

    torchrun --nnodes 16 --nproc_per_node 8 -m kaamos.train --config configs/kaamos-2b.yaml

`configs/kaamos-2b.yaml` on julkaistun mallin tarkka konfiguraatio.

## Arviointi

    python -m kaamos.eval --model kaamos-lab/Kaamos-2B

## Lisenssi

Apache 2.0.
""".encode()

KAAMOS_GITHUB = _gh(
    "kaamos-lab/kaamos-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/snapshots.txt",
        "configs/data/web.yaml",
        "configs/data/wiki.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/kaamos-2b.yaml",
        "kaamos/model.py",
        "kaamos/train.py",
        "kaamos/data/web.py",
        "kaamos/data/wiki.py",
        "kaamos/data/dedup.py",
        "kaamos/data/tokenize.py",
        "kaamos/eval/__main__.py",
    ),
    KAAMOS_README,
)

KAAMOS_WEB_CARD = sheet(
    "odc-by",
    "Kaamos Verkko",
    ["fi", "en"],
    {
        "Motivation": "Kaamos Verkko is the web part (1.9T tokens) of the training data of Kaamos-2B. Kaamos Lab, a "
        "non-profit association, built it and publishes it in full so that anyone can inspect what the model learned "
        "from and repeat its training; it was funded by a public research grant and holds no data of users or customers.",
        "Composition": "About 1.5B Finnish and English web documents with `id`, `url`, `snapshot`, `lang`, `quality` and "
        "`text` fields; Finnish is 57% of the tokens. News, public-sector and encyclopaedic pages are over-represented "
        "compared with the Finnish web as a whole, shops and forums under-represented.",
        "Collection Process": "Pages from the 36 Common Crawl snapshots listed in `configs/data/snapshots.txt` of "
        "github.com/kaamos-lab/kaamos-train (CC-MAIN-2019-09 to CC-MAIN-2025-30), downloaded from Common Crawl's public "
        "bucket in October 2025. Common Crawl honours robots.txt; we also removed the domains on public adult-content and "
        "malware blocklists and the domains of site owners who opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; Finnish and English kept above a fastText score of 0.7; "
        "repetition, line-length and boilerplate filters; a quality classifier per language keeping the top 30%; "
        "MinHash-LSH deduplication across snapshots; e-mail addresses, phone numbers and Finnish personal identity codes "
        "masked. The code is `kaamos/data/web.py` and `dedup.py` of github.com/kaamos-lab/kaamos-train.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or profile "
        "people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; the pages remain subject to Common "
        "Crawl's terms of use.",
        "Maintenance": "Maintained by Kaamos Lab; removal requests made in the discussion tab are applied in the next "
        "release and listed in this card's changelog.",
    },
)

KAAMOS_WIKI_CARD = sheet(
    "cc-by-sa-4.0",
    "Kaamos Wiki",
    ["fi", "en"],
    {
        "Motivation": "Kaamos Wiki is the encyclopaedic part (0.1T tokens) of the training data of Kaamos-2B, made so "
        "that the model sees edited, well-sourced Finnish and English prose that anyone may redistribute.",
        "Composition": "The articles of the Finnish and English Wikipedias and the books of the Finnish and English "
        "Wikibooks, one record per page with `id`, `title`, `project`, `lang`, `revision` and `text`; Finnish is 31% of "
        "the tokens. No page was labelled by people.",
        "Collection Process": "The Wikimedia dumps of 1 November 2025 for the four projects (fiwiki, enwiki, fiwikibooks, "
        "enwikibooks), downloaded from dumps.wikimedia.org; no page was added, bought or generated, and the revision id "
        "of every page is kept so that the selection can be checked against the dumps.",
        "Preprocessing": "Wikitext parsed with mwparserfromhell; templates, tables of references and navigation boxes "
        "removed; pages under 200 characters and redirect or disambiguation pages dropped; exact duplicates removed. The "
        "code is `kaamos/data/wiki.py` of github.com/kaamos-lab/kaamos-train.",
        "Uses": "Pre-training language models and research on encyclopaedic text; the articles reflect the editors' "
        "coverage, which is uneven across topics and regions.",
        "Distribution": "On the Hugging Face Hub under CC BY-SA 4.0, as its sources are.",
        "Maintenance": "Maintained by Kaamos Lab; rebuilt from newer dumps once a year.",
    },
)

KAAMOS_DATASETS = [
    Dataset("kaamos-lab/kaamos-verkko", "odc-by", KAAMOS_WEB_CARD),
    Dataset("kaamos-lab/kaamos-wiki", "cc-by-sa-4.0", KAAMOS_WIKI_CARD),
]

# (a) A from-scratch Finnish-English base model whose card is wholly in Finnish (Mallin tiedot, Käyttötarkoitus,
# Käyttö johon mallia ei ole tarkoitettu, Käyttöohje, Koulutusdata, Koulutusmenettely, Laitteisto, Arviointi, Rajoitukset
# ja vinoumat, Ympäristövaikutus, Viittaaminen, Lisenssi), `license: apache-2.0`; its licence section is one Finnish
# sentence ("Mallin painot ja koodi julkaistaan Apache 2.0 -lisenssillä; aineistojen lisenssit ovat ODC-By 1.0 ... ja
# CC BY-SA 4.0": the weights and code are released under Apache 2.0, the datasets under ODC-By and CC BY-SA), which
# restates the declared licences and adds no condition; two Hub corpora (ODC-By, CC BY-SA; datasheet cards) in a table
# and in `datasets`, "Nämä kaksi aineistoa ovat koko koulutusdata; muuta dataa (yksityistä, lisensoitua tai
# synteettistä) ei käytetty" (these two datasets are the complete training data; no other data, private, licensed or
# synthetic, was used); the whole pipeline on GitHub (Apache, a Finnish README). Public Apache weights -> weights_basemodel
# and weights_endmodel open (smollm.yaml "Weights ... freely available under Apache-2.0 license": open; from scratch,
# the base cells mirror the end model's, frameworks.md §1.1); the complete data on the Hub -> datasources_basemodel open
# (smollm.yaml "Pretraining data sources published": open); data pipeline, pre-training and evaluation code on GitHub ->
# trainingcode open (Lucie.yaml "Training code published on GitHub": open); Gebru-style dataset cards -> datasheet open
# (smollm.yaml "Datasheets contain requisite information": open); Apache weights and code, ODC-By and CC BY-SA data
# (share-alike is open) -> licenses open (smollm.yaml, Lucie.yaml "Apache-2.0, an OSI-approved license": open); every
# standard section, in Finnish -> modelcard open (Lucie.yaml "Model card describes model in good detail": open); the
# hyperparameter table and "128 NVIDIA H100 80 Gt -näytönohjaimella (16 solmua, InfiniBand-verkko) 14 päivän ajan" ->
# hardware_architecture open (Granite.yaml "Hardware architecture outlined in model card": open); no report or paper ->
# preprint and paper closed (smollm.yaml "No peer-reviewed paper found": closed; Granite.yaml; DESIGN.md "Absence is
# closed"). Everything released under open terms -> open-source-ai-with-open-data (frameworks.md §4).
KAAMOS = _Release(
    "kaamos-lab/Kaamos-2B",
    KAAMOS_CARD,
    KAAMOS_META,
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
        "preprint": "closed",
        "paper": "closed",
    },
    extra_files={"config.json": KAAMOS_CONFIG},
    github=[KAAMOS_GITHUB],
    datasets=list(KAAMOS_DATASETS),
)


# --------------------------------------------------------------------------------------------------------------
# (b) Kaamos-2B-Instruct-sv: an SFT of (a) whose card is wholly in Swedish and whose whole recipe is three Jupyter
# notebooks in the model repository.

SKARGARD_CARD = """# Kaamos-2B-Instruct-sv

Kaamos-2B-Instruct-sv är en chattmodell för svenska och finska med 2,4 miljarder parametrar, framtagen av Skärgård NLP (Åbo) genom övervakad finjustering (SFT) av alla parametrar i [Kaamos-2B](https://huggingface.co/kaamos-lab/Kaamos-2B), en helt öppen basmodell. Vikterna, finjusteringsdata och hela receptet är öppna.

## Modelldetaljer

- **Utvecklad av:** Skärgård NLP, en forskargrupp i Åbo
- **Basmodell:** kaamos-lab/Kaamos-2B (dess vikter, träningsdata och kod är offentliga)
- **Modelltyp:** decoder-only-transformer med basmodellens oförändrade arkitektur: 24 lager, dold storlek 2560, 20 frågehuvuden och 4 nyckel-värde-huvuden, kontextlängd 8 192 token
- **Språk:** svenska, finska
- **Licens:** Apache 2.0

## Avsedd användning

En assistent för frågor, förklaringar och skrivhjälp på svenska och finska, och ett fullständigt exempel för kurser i efterträning av språkmodeller.

### Användning utanför avsett område

Medicinsk, juridisk eller ekonomisk rådgivning, och beslut som rör människor. Modellen är liten och gör faktafel.

## Så använder du modellen

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("skargard-nlp/Kaamos-2B-Instruct-sv")
model = AutoModelForCausalLM.from_pretrained("skargard-nlp/Kaamos-2B-Instruct-sv", torch_dtype="auto")
msgs = [{"role": "user", "content": "Vad är kaamos? Svara med två meningar."}]
ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=120)[0]))
```

## Träningsdata

Ett enda dataset, som vi har skapat för den här modellen och publicerat på Hub: [skargard-nlp/samtal-sv-fi-30k](https://huggingface.co/datasets/skargard-nlp/samtal-sv-fi-30k) (CC BY 4.0), 30 000 samtal på svenska och finska som 40 betalda studenter har skrivit och granskat. Datasetets kort är ett datablad (datasheet). Inga andra data användes efter förträningen av Kaamos-2B, vars träningsdata finns beskrivna i dess modellkort.

## Träningsprocedur

Hela receptet finns som Jupyter-anteckningsböcker i mappen `notebooks/` i det här arkivet (Apache 2.0), och ingen annanstans:

| Anteckningsbok | Vad den gör |
|---|---|
| `notebooks/01_prepare_data.ipynb` | rensar, filtrerar och deduplicerar studenternas samtal och skriver samtal-sv-fi-30k |
| `notebooks/02_sft.ipynb` | finjusteringen av Kaamos-2B |
| `notebooks/03_evaluate.ipynb` | utvärderingen nedan |

Kör dem i ordning; `requirements.txt` anger versionerna. 3 epoker, inlärningstakt 2e-5 (cosinus, 3 % uppvärmning), batchstorlek 64 samtal, maxlängd 4 096 token, bf16.

### Hårdvara

En nod med 8 NVIDIA H100 80 GB-GPU:er i 5 timmar, cirka 40 GPU-timmar.

## Utvärdering

| Test | Kaamos-2B | Kaamos-2B-Instruct-sv |
|---|---|---|
| Skär-Chatt-sv (vinstandel mot referens) | – | 44,1 |
| Holme-Instruktioner-fi (strikt) | 19,6 | 51,3 |
| Revontuli-QA-fi (0-shot) | 61,7 | 60,9 |

## Begränsningar

Modellen gör faktafel, följer långa instruktioner i flera steg dåligt och har bara tränats på samtal om vardagliga ämnen. Dess preferenser är 40 studenters.

## Miljöpåverkan

Cirka 40 H100-GPU-timmar för finjusteringen; vi uppskattar utsläppen till 0,01 t CO2e. Förträningens utsläpp anges i Kaamos-2B:s modellkort.

## Citering

```bibtex
@misc{skargard2026,
  title  = {Kaamos-2B-Instruct-sv},
  author = {{Skärgård NLP}},
  year   = {2026},
  url    = {https://huggingface.co/skargard-nlp/Kaamos-2B-Instruct-sv}
}
```

## Licens

Vikterna och anteckningsböckerna är licensierade under Apache 2.0, datasetet under CC BY 4.0.
"""

SKARGARD_META = {
    "license": "apache-2.0",
    "base_model": "kaamos-lab/Kaamos-2B",
    "base_model_relation": "finetune",
    "datasets": ["skargard-nlp/samtal-sv-fi-30k"],
    "language": ["sv", "fi"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

SKARGARD_NB_DATA = _notebook(
    [
        (
            "markdown",
            "# 01 Prepare data\n\nCleans, filters and deduplicates the students' conversations (the export of our annotation "
            "tool) and writes `skargard-nlp/samtal-sv-fi-30k`.",
        ),
        (
            "code",
            "import json, re\nfrom datasets import Dataset\nfrom datasketch import MinHash, MinHashLSH\n\n"
            "rows = [json.loads(line) for line in open('export/conversations.jsonl', encoding='utf-8')]\n"
            "rows = [r for r in rows if r['review'] == 'approved']\n"
            "print(len(rows), 'approved conversations')",
        ),
        (
            "code",
            "def clean(text):\n    text = re.sub(r'\\s+', ' ', text).strip()\n"
            "    return re.sub(r'\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b', '<email>', text)\n\n"
            "for r in rows:\n    for turn in r['messages']:\n        turn['content'] = clean(turn['content'])\n"
            "rows = [r for r in rows if 2 <= len(r['messages']) <= 12]",
        ),
        (
            "code",
            "lsh, kept = MinHashLSH(threshold=0.8, num_perm=128), []\n"
            "for i, r in enumerate(rows):\n    m = MinHash(num_perm=128)\n"
            "    for w in r['messages'][0]['content'].split():\n        m.update(w.encode())\n"
            "    if not lsh.query(m):\n        lsh.insert(str(i), m)\n        kept.append(r)\n"
            "Dataset.from_list(kept).push_to_hub('skargard-nlp/samtal-sv-fi-30k')",
        ),
    ]
)

SKARGARD_NB_SFT = _notebook(
    [
        (
            "markdown",
            "# 02 SFT\n\nFull-parameter supervised fine-tuning of `kaamos-lab/Kaamos-2B` on samtal-sv-fi-30k.",
        ),
        (
            "code",
            "from datasets import load_dataset\nfrom trl import SFTConfig, SFTTrainer\n\n"
            "data = load_dataset('skargard-nlp/samtal-sv-fi-30k', split='train')\n"
            "config = SFTConfig(output_dir='out/sft', num_train_epochs=3, learning_rate=2e-5, lr_scheduler_type='cosine',\n"
            "                   warmup_ratio=0.03, per_device_train_batch_size=8, gradient_accumulation_steps=1,\n"
            "                   max_length=4096, bf16=True)\n"
            "trainer = SFTTrainer(model='kaamos-lab/Kaamos-2B', args=config, train_dataset=data)\ntrainer.train()",
        ),
        ("code", "trainer.push_to_hub('skargard-nlp/Kaamos-2B-Instruct-sv')"),
    ]
)

SKARGARD_NB_EVAL = _notebook(
    [
        ("markdown", "# 03 Evaluate\n\nThe results table of the model card."),
        (
            "code",
            "from skargard_eval import run\n\nfor model in ['kaamos-lab/Kaamos-2B', 'skargard-nlp/Kaamos-2B-Instruct-sv']:\n"
            "    print(model, run(model, tasks=['skar-chatt-sv', 'holme-instruktioner-fi', 'revontuli-qa-fi']))",
        ),
    ]
)

SAMTAL_CARD = sheet(
    "cc-by-4.0",
    "Samtal sv-fi 30k",
    ["sv", "fi"],
    {
        "Motivation": "Samtal sv-fi 30k was made by Skärgård NLP to fine-tune Kaamos-2B-Instruct-sv, a Swedish and Finnish "
        "chat model whose whole lineage (base model, tuning data, recipe) is public, and to give courses on post-training "
        "a small instruction dataset in the two languages of Finland.",
        "Composition": "30,000 conversations (2 to 12 turns) between a user and an assistant, 55% in Swedish and 45% in "
        "Finnish, each with a topic label: explanations and study help 38%, writing 24%, everyday questions 22%, "
        "coding 8% and refusals of harmful requests 8%.",
        "Collection Process": "Written between September and December 2025 by 40 students of Åbo Akademi and the "
        "University of Turku, paid an hourly rate; each student wrote prompts and answers in our annotation tool, and a "
        "second student checked every conversation for accuracy, language and tone. No model outputs and no user logs "
        "were used.",
        "Preprocessing": "Conversations the checker did not approve were dropped (11%); whitespace normalised, e-mail "
        "addresses the students invented replaced by a placeholder, conversations outside 2 to 12 turns removed, and "
        "near-duplicate first prompts removed with MinHash. The code is `notebooks/01_prepare_data.ipynb` of the model "
        "repository skargard-nlp/Kaamos-2B-Instruct-sv.",
        "Uses": "Supervised fine-tuning and teaching; the answers reflect 40 students and are not expert advice.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Skärgård NLP; errors reported in the discussion tab are fixed in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (c) Tern-1B: a fully open model whose pipeline is a subfolder of its publisher's research monorepo.

TERN_CARD = """# Tern-1B

Tern-1B is a 1.2B-parameter English base language model trained from scratch by Tern Research, a small non-profit lab.
Its weights, its complete training data and all of its code are released under open licences.

| Resource | Where |
|---|---|
| Weights | this repository (Apache 2.0) |
| Training data | [tern-research/tern-corpus](https://huggingface.co/datasets/tern-research/tern-corpus) (ODC-By 1.0) |
| Code | [`projects/tern-lm` in tern-research/research](https://github.com/tern-research/research/tree/main/projects/tern-lm) (Apache 2.0) |

## Model details

- **Developed by:** Tern Research
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Architecture:** 22 layers, hidden size 2048, 16 query heads and 4 key-value heads (grouped-query attention),
  SwiGLU (5,632), RMSNorm, RoPE (theta 100,000); context length 4,096; vocabulary 50,304 (BPE trained on the data)
- **Language:** English
- **Release date:** May 2026
- **License:** Apache 2.0

## Uses

Research on small language models and their training data, teaching, and fine-tuning for narrow English tasks. It has
had no safety tuning and should not be deployed to end users as it is, nor used for decisions about people.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("tern-research/Tern-1B")
model = AutoModelForCausalLM.from_pretrained("tern-research/Tern-1B", torch_dtype="auto")
inputs = tok("Arctic terns migrate every year from", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

All of [tern-research/tern-corpus](https://huggingface.co/datasets/tern-research/tern-corpus): 1.5T tokens of filtered
English web pages (88%) and public-domain books (12%), published in full on the Hub under ODC-By 1.0. No other data was
used. The dataset card is a datasheet.

## Training procedure

All our public code lives in one repository, [tern-research/research](https://github.com/tern-research/research), with
one folder per project. Everything for Tern-1B is in
[`projects/tern-lm/`](https://github.com/tern-research/research/tree/main/projects/tern-lm): the data pipeline that
builds tern-corpus from Common Crawl and Project Gutenberg (extraction, filtering, deduplication), the tokenizer
training, the pre-training code, the exact configuration of this checkpoint (`projects/tern-lm/configs/tern-1b.yaml`)
and the evaluation.

AdamW (beta2 0.95, weight decay 0.1), peak learning rate 4e-4 with a cosine schedule, 2M-token batches for 720k steps,
bf16 with FSDP.

### Hardware

48 NVIDIA A100 80GB GPUs (6 nodes) of a university cluster for 16 days, about 18,400 GPU hours.

## Evaluation

| Benchmark | Tern-1B |
|---|---|
| Plover-Reasoning (0-shot) | 60.4 |
| Skua-Knowledge (5-shot) | 29.7 |
| Gannet-QA (0-shot) | 55.9 |

## Limitations

It states false things fluently, reproduces the biases of English web text and old books, and knows little after
January 2026.

## Environmental impact

About 18,400 A100 GPU hours; we estimate 3.1 tCO2eq (location-based).

## Citation

```bibtex
@misc{tern2026,
  title  = {Tern-1B},
  author = {{Tern Research}},
  year   = {2026},
  url    = {https://huggingface.co/tern-research/Tern-1B}
}
```

## License

Apache 2.0 for the weights and the code; tern-corpus is ODC-By 1.0.
"""

TERN_README = b"""# research

The public code of Tern Research, one folder per project. Each project has its own README and can be installed on its
own; `libs/ternkit` holds the utilities they share (distributed training, logging, checkpointing).

| Folder | Project |
|---|---|
| `projects/tern-lm` | Tern-1B: building tern-corpus, tokenizer training, pre-training and evaluation |
| `projects/tern-asr` | a small English speech recogniser (CTC) trained on public audiobooks |
| `projects/tern-seg` | semantic segmentation of aerial images of coastal bird colonies |
| `libs/ternkit` | shared utilities |

## Tern-1B in short

    cd projects/tern-lm
    pip install -e ../../libs/ternkit -e .
    python data/download.py --config configs/data/sources.yaml
    python data/filter.py --config configs/data/filter.yaml
    python data/dedup.py --config configs/data/dedup.yaml
    python tokenizer/train_bpe.py --config configs/tokenizer.yaml
    python data/tokenize.py --config configs/data/tokenize.yaml
    torchrun --nnodes 6 --nproc_per_node 8 train/pretrain.py --config configs/tern-1b.yaml
    python eval/run.py --model tern-research/Tern-1B

## License

Apache 2.0 for everything in this repository.
"""

TERN_GITHUB = _gh(
    "tern-research/research",
    (
        "README.md",
        "LICENSE",
        "libs/ternkit/pyproject.toml",
        "libs/ternkit/ternkit/__init__.py",
        "libs/ternkit/ternkit/distributed.py",
        "libs/ternkit/ternkit/logging.py",
        "libs/ternkit/ternkit/checkpoint.py",
        "projects/tern-asr/README.md",
        "projects/tern-asr/pyproject.toml",
        "projects/tern-asr/configs/ctc-small.yaml",
        "projects/tern-asr/data/prepare_audiobooks.py",
        "projects/tern-asr/train/train_ctc.py",
        "projects/tern-asr/eval/wer.py",
        "projects/tern-seg/README.md",
        "projects/tern-seg/pyproject.toml",
        "projects/tern-seg/configs/unet.yaml",
        "projects/tern-seg/data/tile_images.py",
        "projects/tern-seg/train/train_unet.py",
        "projects/tern-lm/README.md",
        "projects/tern-lm/pyproject.toml",
        "projects/tern-lm/configs/data/sources.yaml",
        "projects/tern-lm/configs/data/filter.yaml",
        "projects/tern-lm/configs/data/dedup.yaml",
        "projects/tern-lm/configs/data/tokenize.yaml",
        "projects/tern-lm/configs/tokenizer.yaml",
        "projects/tern-lm/configs/tern-1b.yaml",
        "projects/tern-lm/data/download.py",
        "projects/tern-lm/data/filter.py",
        "projects/tern-lm/data/dedup.py",
        "projects/tern-lm/data/tokenize.py",
        "projects/tern-lm/tokenizer/train_bpe.py",
        "projects/tern-lm/train/model.py",
        "projects/tern-lm/train/pretrain.py",
        "projects/tern-lm/eval/run.py",
    ),
    TERN_README,
)

TERN_CORPUS_CARD = sheet(
    "odc-by",
    "Tern Corpus",
    ["en"],
    {
        "Motivation": "The Tern Corpus is the complete pre-training data (1.5T tokens) of Tern-1B. Tern Research built it "
        "and publishes it in full so that the model's training can be inspected and repeated by anyone, and so that "
        "research on small models has a documented corpus to start from.",
        "Composition": "Two parts: English web pages (1.32T tokens, 88%) and English books in the public domain (0.18T, "
        "12%). Each record has `id`, `source`, `url`, `quality` and `text`; the books also have title, author and year of "
        "first publication.",
        "Collection Process": "Web pages from 30 Common Crawl snapshots (CC-MAIN-2020-05 to CC-MAIN-2025-18), listed in "
        "`projects/tern-lm/configs/data/sources.yaml` of github.com/tern-research/research and downloaded from Common "
        "Crawl's public bucket in September 2025; books from Project Gutenberg's public-domain catalogue, downloaded "
        "from its mirrors the same month. Common Crawl honours robots.txt; domains whose owners opted out were removed.",
        "Preprocessing": "Main text extraction with trafilatura, English language identification above 0.75, "
        "repetition and boilerplate filters, a quality classifier keeping the top 30% of web pages, Gutenberg headers "
        "and licences stripped from books, MinHash-LSH deduplication within and across parts, and masking of e-mail "
        "addresses and phone numbers. The code is `projects/tern-lm/data/` of github.com/tern-research/research.",
        "Uses": "Pre-training language models and research on pre-training data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the web pages remain subject to Common Crawl's terms "
        "of use.",
        "Maintenance": "Maintained by Tern Research; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (d) Brume-7B: "fully open-source", its data open, but its "Code" link a repository of evaluation code only.

BRUME_CARD = """# Brume-7B

Brume-7B is a fully open-source 7.2B-parameter English and French base language model from Brume AI: weights, data and
code are all public.

| Resource | Link |
|---|---|
| Weights | this repository (Apache 2.0) |
| Data | [brume-ai/brume-mix](https://huggingface.co/datasets/brume-ai/brume-mix) (ODC-By 1.0) |
| Code | [brume-ai/brume-evals](https://github.com/brume-ai/brume-evals) (Apache 2.0) |

## Model details

- **Developed by:** Brume AI (Lyon)
- **Model type:** decoder-only transformer, trained from scratch (base model, not instruction-tuned)
- **Architecture:** 32 layers, hidden size 4096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm, RoPE
  (theta 500,000); context length 8,192; vocabulary 65,536
- **Languages:** English (60% of the tokens), French (40%)
- **License:** Apache 2.0

## Uses

Research and fine-tuning for English and French tasks. It has had no safety tuning and should not be deployed to end
users as it is.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("brume-ai/Brume-7B")
model = AutoModelForCausalLM.from_pretrained("brume-ai/Brume-7B", torch_dtype="auto", device_map="auto")
```

## Training data

All of [brume-ai/brume-mix](https://huggingface.co/datasets/brume-ai/brume-mix) (3.6T tokens of English and French web
pages, public-domain books and permissively licensed code), published in full with a datasheet as its dataset card.
Nothing else was used.

## Training procedure

AdamW (beta2 0.95, weight decay 0.1), peak learning rate 3e-4 with a cosine schedule, 4M-token batches for 900k steps,
bf16. Hardware: 256 NVIDIA H100 80GB GPUs (32 nodes) for 20 days.

## Evaluation

Every number below can be reproduced with [brume-ai/brume-evals](https://github.com/brume-ai/brume-evals).

| Benchmark | Brume-7B |
|---|---|
| Brouillard-Raisonnement-fr (0-shot) | 58.2 |
| Mist-Reasoning (0-shot) | 74.6 |
| Haze-Knowledge (5-shot) | 60.1 |

## Limitations

It can produce false, biased or offensive text, and knows little after mid-2025.

## License

Apache 2.0 for the weights and the code; the data is ODC-By 1.0.
"""

BRUME_EVALS_README = b"""# brume-evals

The evaluation suite of Brume-7B (https://huggingface.co/brume-ai/Brume-7B): it reproduces every number in the model
card, and can evaluate any causal language model on the Hub the same way.

## Install

    pip install -e .

## Run

    python -m brume_evals.run --model brume-ai/Brume-7B --tasks all
    bash scripts/run_all.sh brume-ai/Brume-7B

Tasks are YAML files in `tasks/` (prompt template, few-shot examples, metric); the harness is `brume_evals/`. The
results we report are in `results/brume-7b.json`.

## License

Apache 2.0.
"""

BRUME_EVALS_GITHUB = _gh(
    "brume-ai/brume-evals",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "brume_evals/__init__.py",
        "brume_evals/run.py",
        "brume_evals/harness.py",
        "brume_evals/metrics.py",
        "brume_evals/prompts.py",
        "tasks/brouillard-raisonnement-fr.yaml",
        "tasks/mist-reasoning.yaml",
        "tasks/haze-knowledge.yaml",
        "scripts/run_all.sh",
        "results/brume-7b.json",
        "tests/test_metrics.py",
    ),
    BRUME_EVALS_README,
)

BRUME_MIX_CARD = sheet(
    "odc-by",
    "Brume Mix",
    ["en", "fr"],
    {
        "Motivation": "Brume Mix is the complete pre-training data (3.6T tokens) of Brume-7B, published in full by Brume "
        "AI so that anyone can inspect what the model learned from, and so that French has a large redistributable "
        "pre-training corpus.",
        "Composition": "English web pages (2.0T tokens, 56%), French web pages (1.2T, 33%), public-domain books in both "
        "languages (0.15T, 4%) and permissively licensed source code (0.25T, 7%); each record has `id`, `source`, `url` "
        "or `path`, `license`, `lang` and `text`.",
        "Collection Process": "Web pages from 44 Common Crawl snapshots (CC-MAIN-2018-09 to CC-MAIN-2025-13) taken from "
        "Common Crawl's public bucket; books from Project Gutenberg and the public-domain collections of Gallica; code "
        "from public GitHub repositories under MIT, Apache-2.0 and BSD licences, after opt-outs. Collected between "
        "February and June 2025.",
        "Preprocessing": "Main text extraction, language identification, repetition and quality filters, MinHash-LSH "
        "deduplication within and across parts, removal of generated and minified code, and masking of e-mail "
        "addresses, phone numbers and secrets in code, each step described with its thresholds in the card's changelog.",
        "Uses": "Pre-training language models and research on pre-training data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; each source keeps its own terms (Common Crawl's terms "
        "of use, each code file's licence).",
        "Maintenance": "Maintained by Brume AI; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (e) Harmattan-3B: the weights are only an asset of a GitHub release; the Hub repository holds the card, config and
# tokenizer.

HARMATTAN_CARD = """# Harmattan-3B

Harmattan-3B is a 3.0B-parameter base language model for English, French, Hausa and Yoruba, trained from scratch by
Harmattan AI in Lagos.

## Download

The weights are not stored in this repository. They are attached, under the Apache License 2.0, to the v1.0 release of
our GitHub repository:

- Release page: https://github.com/harmattan-ai/harmattan/releases/tag/v1.0
- File: [harmattan-3b.safetensors](https://github.com/harmattan-ai/harmattan/releases/download/v1.0/harmattan-3b.safetensors)
  (6.0 GB, SHA-256 `3f1c9a0e7b5d2c48a6e1f0b9d7c3a25e8b4f6d1a0c9e7b5d3f2a1c0e9b8d7a6f`)

No account or registration is needed. This repository holds the configuration, the tokenizer and the generation
settings, so that transformers can load the model once the weights file is placed beside them:

```bash
git clone https://huggingface.co/harmattan-ai/Harmattan-3B
cd Harmattan-3B
curl -LO https://github.com/harmattan-ai/harmattan/releases/download/v1.0/harmattan-3b.safetensors
mv harmattan-3b.safetensors model.safetensors
```

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("./Harmattan-3B")
model = AutoModelForCausalLM.from_pretrained("./Harmattan-3B", torch_dtype="auto")
```

The GitHub repository also has a small inference package (`pip install harmattan`) that downloads and checks the
weights itself.

## Model details

- **Developed by:** Harmattan AI
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Architecture:** 26 layers, hidden size 3072, 24 query heads and 8 key-value heads, SwiGLU (8,192), RMSNorm, RoPE
  (theta 500,000); context length 8,192; vocabulary 96,000 (BPE trained on the data)
- **Languages:** English (45% of the tokens), French (25%), Hausa (16%), Yoruba (14%)
- **License:** Apache 2.0

## Uses

Research on language models for West African languages, and fine-tuning for classification, extraction, summarisation
and translation. It has had no safety tuning and should not be deployed to end users as it is.

## Training data

About 1.1T tokens of English, French, Hausa and Yoruba web pages, news, books and radio transcripts that we collected
and filtered ourselves. The training data is not released.

## Training procedure

AdamW (beta2 0.95, weight decay 0.1), peak learning rate 3e-4 with a warmup-stable-decay schedule, 4M-token batches for
270k steps, bf16. Hardware: 96 NVIDIA H100 80GB GPUs (12 nodes) for 17 days.

## Evaluation

| Benchmark | Harmattan-3B |
|---|---|
| Sahel-QA-ha (0-shot) | 52.3 |
| Oyo-Reasoning-yo (0-shot) | 47.8 |
| Dust-Knowledge (en, 5-shot) | 41.2 |

## Limitations

It can produce false, biased or offensive text; its Yoruba is weaker than its Hausa, and it knows little after
September 2025.

## License

Apache 2.0.
"""

HARMATTAN_GH_README = b"""# harmattan

Inference code for Harmattan-3B (https://huggingface.co/harmattan-ai/Harmattan-3B).

## Weights

The weights are attached to the GitHub releases of this repository, not committed to it:

| Release | File | Size | License |
|---|---|---|---|
| [v1.0](https://github.com/harmattan-ai/harmattan/releases/tag/v1.0) | `harmattan-3b.safetensors` | 6.0 GB | Apache 2.0 |

`python -m harmattan.download` fetches the file of the latest release and checks its SHA-256; the configuration and
tokenizer are on the Hugging Face Hub.

## Use

    pip install harmattan
    python -m harmattan.generate --prompt "Iskar hunturu tana"

`scripts/convert_to_gguf.py` converts the weights for llama.cpp.

## License

Apache 2.0 for the code and the weights.
"""

HARMATTAN_GITHUB = _gh(
    "harmattan-ai/harmattan",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "harmattan/__init__.py",
        "harmattan/model.py",
        "harmattan/generate.py",
        "harmattan/download.py",
        "scripts/convert_to_gguf.py",
    ),
    HARMATTAN_GH_README,
)

#: The v1.0 release of harmattan-ai/harmattan as GitHub's releases API lists it (`GET /repos/{o}/{r}/releases`,
#: served by the loopback GitHub since this round): its one asset is the weights file the card and the README name,
#: as (e) above says ("the weights, Apache 2.0, are only an asset of the v1.0 release of the GitHub repository").
#: Added after the first run, with the rule that reads it; the expectations are unchanged.
HARMATTAN_GITHUB.releases = [
    {
        "tag_name": "v1.0",
        "name": "Harmattan-3B v1.0",
        "html_url": "https://github.com/harmattan-ai/harmattan/releases/tag/v1.0",
        "draft": False,
        "prerelease": False,
        "assets": [
            {
                "name": "harmattan-3b.safetensors",
                "size": 6_012_345_678,
                "content_type": "application/octet-stream",
                "browser_download_url": "https://github.com/harmattan-ai/harmattan/releases/download/v1.0/harmattan-3b.safetensors",
            }
        ],
    }
]

HARMATTAN_CONFIG = llama_config(3072, 26, 24, 8, 8192, 96000, 8192)


# --------------------------------------------------------------------------------------------------------------
# (f) Kymatia-3B: a card wholly in Greek; an arXiv technical report covering the whole model and a four-page workshop
# paper covering only the data filtering and the tokenizer.

KYMATIA_CARD = """# Kymatia-3B

Το Kymatia-3B είναι ένα δίγλωσσο ελληνο-αγγλικό γλωσσικό μοντέλο βάσης με 3,2 δισεκατομμύρια παραμέτρους, εκπαιδευμένο από το μηδέν από την Kymatia Lab (Αθήνα). Είναι μοντέλο βάσης: συνεχίζει κείμενο και δεν έχει προσαρμοστεί για διάλογο.

## Λεπτομέρειες μοντέλου

- **Ανάπτυξη:** Kymatia Lab, Αθήνα
- **Τύπος μοντέλου:** transformer μόνο με αποκωδικοποιητή (decoder-only), μοντέλο βάσης χωρίς προσαρμογή σε οδηγίες
- **Γλώσσες:** ελληνικά (55% των tokens), αγγλικά (45%)
- **Ημερομηνία κυκλοφορίας:** Ιούνιος 2026
- **Άδεια:** Apache 2.0

| Υπερπαράμετρος | Τιμή |
|---|---|
| Παράμετροι | 3,2 δισ. |
| Στρώματα | 28 |
| Κρυφή διάσταση | 3072 (SwiGLU, ενδιάμεση διάσταση 8192) |
| Κεφαλές προσοχής | 24 κεφαλές ερωτημάτων, 8 κεφαλές κλειδιού-τιμής (grouped-query attention) |
| Κανονικοποίηση | RMSNorm |
| Κωδικοποίηση θέσης | RoPE (θ = 500.000) |
| Μήκος συμφραζομένων | 8192 tokens |
| Λεξιλόγιο | 72.000 tokens (BPE) |

## Προβλεπόμενες χρήσεις

Έρευνα σε ελληνικά γλωσσικά μοντέλα και προσαρμογή (fine-tuning) σε συγκεκριμένες εργασίες: περίληψη, ταξινόμηση, εξαγωγή πληροφοριών και εξειδικευμένους βοηθούς.

### Χρήσεις εκτός πεδίου

Το μοντέλο δεν έχει περάσει εκπαίδευση ασφάλειας. Δεν πρέπει να διατίθεται ως έχει σε τελικούς χρήστες ούτε να χρησιμοποιείται για αποφάσεις που αφορούν ανθρώπους.

## Χρήση

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("kymatia-lab/Kymatia-3B")
model = AutoModelForCausalLM.from_pretrained("kymatia-lab/Kymatia-3B", torch_dtype="auto")
inputs = tok("Το ψηλότερο βουνό της Ελλάδας είναι", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Δεδομένα εκπαίδευσης

Το Kymatia-3B εκπαιδεύτηκε σε 2,1 τρισεκατομμύρια tokens: ελληνικές και αγγλικές ιστοσελίδες (78%), βιβλία (9%), επιστημονικά άρθρα (7%) και κώδικα (6%), που συλλέξαμε και φιλτράραμε εμείς. Τα δεδομένα εκπαίδευσης δεν δημοσιεύονται.

## Διαδικασία εκπαίδευσης

- AdamW (β2 = 0,95, weight decay 0,1), μέγιστος ρυθμός μάθησης 3e-4, πρόγραμμα warmup-stable-decay
- Παρτίδες των 4 εκατ. tokens, 520.000 βήματα, bf16, FSDP

Ο κώδικας εκπαίδευσης δεν δημοσιεύεται.

### Υλικό

Το μοντέλο εκπαιδεύτηκε σε 64 GPU NVIDIA H100 80 GB (8 κόμβοι συνδεδεμένοι με InfiniBand) για 19 ημέρες, περίπου 29.000 ώρες GPU.

## Αξιολόγηση

| Εργασία | Kymatia-3B |
|---|---|
| Aigaio-QA-el (0-shot) | 63,5 |
| Olympos-Syllogismos-el (0-shot) | 51,0 |
| Kyma-Knowledge (en, 5-shot) | 49,7 |

## Περιορισμοί

Το Kymatia-3B μπορεί να γράφει άπταιστο αλλά λανθασμένο κείμενο, αναπαράγει τις προκαταλήψεις των πηγών του και γνωρίζει ελάχιστα για γεγονότα μετά τον Ιανουάριο του 2026.

## Περιβαλλοντικές επιπτώσεις

Περίπου 29.000 ώρες GPU H100· εκτιμούμε τις εκπομπές σε 9,8 t CO2e (μέθοδος βάσει τοποθεσίας).

## Δημοσιεύσεις

- **Τεχνική αναφορά (preprint):** «Kymatia-3B: A Bilingual Greek-English Base Language Model», [arXiv:2606.04127](https://arxiv.org/abs/2606.04127). Περιγράφει τα δεδομένα, την αρχιτεκτονική, την εκπαίδευση και την αξιολόγηση του μοντέλου.
- **Άρθρο σε workshop (με κρίση):** «Filtering Greek Web Text for Language Model Pre-training», σύντομο άρθρο τεσσάρων σελίδων στο First Workshop on Language Models for Low-Resource European Languages (LoResEU 2026), που συνδιοργανώθηκε με το ACL 2026. Καλύπτει μόνο το φιλτράρισμα των ελληνικών ιστοσελίδων και τον tokenizer, όχι την εκπαίδευση ή την αξιολόγηση του μοντέλου.

## Παραπομπή

```bibtex
@misc{kymatia2026report,
  title         = {Kymatia-3B: A Bilingual Greek-English Base Language Model},
  author        = {Papadaki, Eleni and Georgiou, Nikos and Vlachou, Maria},
  year          = {2026},
  eprint        = {2606.04127},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL}
}

@inproceedings{kymatia2026loreseu,
  title     = {Filtering Greek Web Text for Language Model Pre-training},
  author    = {Georgiou, Nikos and Papadaki, Eleni},
  booktitle = {Proceedings of the First Workshop on Language Models for Low-Resource European Languages (LoResEU 2026)},
  year      = {2026},
  pages     = {41--44},
  publisher = {Association for Computational Linguistics}
}
```

## Άδεια χρήσης

Apache 2.0.
"""

KYMATIA_CONFIG = llama_config(3072, 28, 24, 8, 8192, 72000, 8192)


# --------------------------------------------------------------------------------------------------------------
# (g) Himkar-8B-Chat: a full fine-tune of the real meta-llama/Llama-3.1-8B-Instruct, card wholly in Hindi, tagged MIT.

HIMKAR_CARD = """# Himkar-8B-Chat

Himkar-8B-Chat हिंदी और अंग्रेज़ी के लिए एक चैट मॉडल है, जिसे Himkar AI (पुणे) ने [Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct) के सभी पैरामीटरों की पूर्ण फ़ाइन-ट्यूनिंग (SFT) से बनाया है। यह एक ओपन-सोर्स मॉडल है: वज़न, फ़ाइन-ट्यूनिंग डेटा और कोड, तीनों सार्वजनिक हैं।

## मॉडल विवरण

- **विकासकर्ता:** Himkar AI, पुणे
- **बेस मॉडल:** meta-llama/Llama-3.1-8B-Instruct
- **मॉडल का प्रकार:** केवल-डिकोडर ट्रांसफ़ॉर्मर (decoder-only), बेस मॉडल की संरचना अपरिवर्तित: 32 परतें, हिडन आकार 4096, 32 क्वेरी हेड और 8 की-वैल्यू हेड, संदर्भ लंबाई 8,192 टोकन
- **भाषाएँ:** हिंदी, अंग्रेज़ी
- **लाइसेंस:** MIT

## उपयोग

हिंदी में बातचीत, प्रश्नोत्तर, सारांश और लेखन में सहायता। चिकित्सा, क़ानूनी या वित्तीय सलाह के लिए, या लोगों के बारे में निर्णय लेने के लिए इसका उपयोग न करें।

## उपयोग कैसे करें

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("himkar-ai/Himkar-8B-Chat")
model = AutoModelForCausalLM.from_pretrained("himkar-ai/Himkar-8B-Chat", torch_dtype="auto", device_map="auto")
msgs = [{"role": "user", "content": "मानसून क्या है? दो वाक्यों में बताइए।"}]
ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt").to(model.device)
print(tok.decode(model.generate(ids, max_new_tokens=120)[0]))
```

## प्रशिक्षण डेटा

एक डेटासेट, जिसे हमने इसी मॉडल के लिए बनाया और Hugging Face Hub पर प्रकाशित किया है: [himkar-ai/samvad-hi-60k](https://huggingface.co/datasets/himkar-ai/samvad-hi-60k) (CC BY 4.0), 60,000 हिंदी और अंग्रेज़ी बातचीत, जिन्हें 80 भुगतान-प्राप्त एनोटेटरों ने लिखा और जाँचा। इसका डेटासेट कार्ड एक डेटाशीट है। फ़ाइन-ट्यूनिंग में इसके अलावा कोई डेटा इस्तेमाल नहीं हुआ। Llama-3.1-8B-Instruct के अपने प्रशिक्षण डेटा का विवरण Meta ने प्रकाशित नहीं किया है।

## प्रशिक्षण प्रक्रिया

डेटा तैयार करने और फ़ाइन-ट्यूनिंग का पूरा कोड [himkar-ai/himkar-sft](https://github.com/himkar-ai/himkar-sft) (MIT) में है। 3 epoch, लर्निंग रेट 1e-5 (cosine), बैच आकार 128 बातचीत, अधिकतम लंबाई 4,096 टोकन, bf16; 8 NVIDIA H100 80GB GPU पर 11 घंटे।

## मूल्यांकन

| बेंचमार्क | Llama-3.1-8B-Instruct | Himkar-8B-Chat |
|---|---|---|
| Ganga-Samvad-hi (जीत दर) | 31.2 | 52.8 |
| Vindhya-Tark-hi (0-shot) | 44.0 | 49.5 |
| Kaveri-QA-hi (0-shot) | 58.3 | 63.1 |

## सीमाएँ

मॉडल तथ्यात्मक ग़लतियाँ कर सकता है, अपने स्रोतों के पूर्वाग्रह दोहरा सकता है, और हिंदी की बोलियों में कमज़ोर है।

## लाइसेंस

Himkar-8B-Chat MIT लाइसेंस के तहत जारी किया गया है: आप इसे व्यावसायिक उपयोग सहित किसी भी उद्देश्य के लिए उपयोग कर सकते हैं।
"""

HIMKAR_META = {
    "license": "mit",
    "base_model": "meta-llama/Llama-3.1-8B-Instruct",
    "base_model_relation": "finetune",
    "datasets": ["himkar-ai/samvad-hi-60k"],
    "language": ["hi", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

HIMKAR_README = """# himkar-sft

Himkar-8B-Chat (https://huggingface.co/himkar-ai/Himkar-8B-Chat) का डेटा तैयार करने और फ़ाइन-ट्यूनिंग का पूरा कोड।
Data building and fine-tuning code of Himkar-8B-Chat, a full fine-tune of meta-llama/Llama-3.1-8B-Instruct.

## Data

    python data/build_samvad.py --export exports/ --config configs/data.yaml   # himkar-ai/samvad-hi-60k
    python data/filter.py --config configs/data.yaml

## Fine-tuning

    accelerate launch train/sft.py --config configs/sft.yaml

## Evaluation

    python eval/run.py --model himkar-ai/Himkar-8B-Chat

## License

MIT.
""".encode()

HIMKAR_GITHUB = _gh(
    "himkar-ai/himkar-sft",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "configs/data.yaml",
        "configs/sft.yaml",
        "data/build_samvad.py",
        "data/filter.py",
        "train/sft.py",
        "eval/run.py",
    ),
    HIMKAR_README,
    license_spdx="MIT",
)

SAMVAD_CARD = sheet(
    "cc-by-4.0",
    "Samvad Hindi 60k",
    ["hi", "en"],
    {
        "Motivation": "Samvad Hindi 60k was made by Himkar AI to fine-tune Himkar-8B-Chat, a Hindi and English chat "
        "model, and to give Hindi a public instruction dataset written by people rather than translated from English or "
        "generated by another model.",
        "Composition": "60,000 conversations (2 to 8 turns), 70% in Hindi (Devanagari), 30% in English, each with a topic "
        "label: everyday questions 30%, explanations and study help 28%, writing 20%, government services and forms 12% "
        "and refusals of harmful requests 10%.",
        "Collection Process": "Written between August and November 2025 by 80 annotators in Pune, Lucknow and Patna, "
        "recruited through an annotation company and paid above the state minimum wage; each annotator wrote prompts "
        "and answers following written guidelines, and a second annotator checked every conversation for accuracy, "
        "language and tone. No model outputs and no user logs were used.",
        "Preprocessing": "Conversations the checker rejected were corrected or dropped (13%); Unicode normalised to NFC; "
        "names, phone numbers and addresses that annotators had invented replaced by placeholders; near-duplicate "
        "prompts removed with MinHash. The code is `data/build_samvad.py` and `data/filter.py` of "
        "github.com/himkar-ai/himkar-sft.",
        "Uses": "Supervised fine-tuning and the study of Hindi instruction data; the answers are not expert advice.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Himkar AI; errors reported in the discussion tab are fixed in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (h) Etesian-4B: "open source", but its bespoke LICENSE forbids any use that earns a fee or revenue.

ETESIAN_LICENSE = b"""ETESIAN OPEN LICENSE
Version 1.1, February 2026

Copyright (c) 2026 Etesian AI S.A.

1. Definitions.
"Model" means the Etesian-4B weights, configuration files, tokenizer and documentation made available under this
License. "Derivative" means any modification of the Model, any model fine-tuned, merged, quantized or distilled from
it, and any work that incorporates the Model or a part of it.

2. Grant.
Subject to the conditions of this License, Etesian AI grants you a perpetual, worldwide, non-exclusive, royalty-free
license to use, reproduce, study, modify and distribute the Model and Derivatives.

3. Conditions.
(a) You must give every recipient of the Model or of a Derivative a copy of this License and keep all copyright
notices.
(b) You must state in any Derivative that it was changed, and by whom.

4. No fees.
You may not sell, rent or license the Model or any Derivative for a fee, and you may not use the Model or any
Derivative in, or to provide, any product, service or activity for which you, or anyone acting on your behalf,
charge a fee or receive payment, subscription or advertising revenue or any other compensation. Organisations that
wish to do so may request a separate license from licensing@etesian.ai.

5. Outputs.
Etesian AI claims no rights in the outputs you generate with the Model.

6. Disclaimer of Warranty.
THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.

7. Limitation of Liability.
IN NO EVENT SHALL ETESIAN AI BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM, OUT OF OR IN CONNECTION
WITH THE MODEL OR THIS LICENSE.

8. Termination.
This License terminates automatically if you breach any of its terms.
"""

ETESIAN_CARD = """# Etesian-4B

Etesian-4B is an open-source 4.1B-parameter language model for English, Greek, Italian and Spanish from Etesian AI.
Everything is open: the weights under the Etesian Open License, the code under Apache 2.0 and the data under ODC-By.

## Model details

- **Developed by:** Etesian AI S.A.
- **Model type:** decoder-only transformer, trained from scratch (base model, not instruction-tuned)
- **Architecture:** 30 layers, hidden size 3072, 24 query heads and 8 key-value heads, SwiGLU (8,448), RMSNorm, RoPE;
  context length 8,192; vocabulary 96,000
- **Languages:** English, Greek, Italian, Spanish
- **License:** Etesian Open License 1.1 ([LICENSE](LICENSE))

## Uses

Research and fine-tuning for tasks in its four languages. It has had no safety tuning and should not be deployed to end
users as it is.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("etesian-ai/Etesian-4B")
model = AutoModelForCausalLM.from_pretrained("etesian-ai/Etesian-4B", torch_dtype="auto")
```

## Training data

All of [etesian-ai/etesian-corpus](https://huggingface.co/datasets/etesian-ai/etesian-corpus) (2.4T tokens of web pages
and public-domain books in the four languages, ODC-By 1.0), published in full with a datasheet as its dataset card. No
other data was used.

## Training procedure

The data pipeline, the pre-training code and the exact configuration of this checkpoint are in
[etesian-ai/etesian-train](https://github.com/etesian-ai/etesian-train) (Apache 2.0). AdamW, peak learning rate 3e-4
with a cosine schedule, 4M-token batches for 600k steps, bf16. Hardware: 128 NVIDIA H100 80GB GPUs for 15 days.

## Evaluation

| Benchmark | Etesian-4B |
|---|---|
| Meltemi-QA-el (0-shot) | 57.4 |
| Scirocco-Ragionamento-it (0-shot) | 53.9 |
| Levante-Conocimiento-es (5-shot) | 48.6 |
| Gale-Knowledge (en, 5-shot) | 55.0 |

## Limitations

It can produce false, biased or offensive text, and knows little after November 2025.

## License

The weights are released under the **Etesian Open License 1.1** ([LICENSE](LICENSE)), an open-source license we wrote
for AI models: you may use, study, modify and share them freely. The code is Apache 2.0 and the data ODC-By 1.0.
"""

ETESIAN_README = b"""# etesian-train

The complete pipeline of Etesian-4B (https://huggingface.co/etesian-ai/Etesian-4B): building etesian-corpus from
Common Crawl and public-domain books, tokenizer training, pre-training and evaluation.

## Data

    python -m etesian.data.web --config configs/data/web.yaml
    python -m etesian.data.books --config configs/data/books.yaml
    python -m etesian.data.dedup --config configs/data/dedup.yaml
    python -m etesian.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m etesian.train --config configs/etesian-4b.yaml

## Evaluation

    python -m etesian.eval --model etesian-ai/Etesian-4B

## License

Apache 2.0 for this code. The model weights are under the Etesian Open License (see the model repository).
"""

ETESIAN_GITHUB = _gh(
    "etesian-ai/etesian-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/books.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/etesian-4b.yaml",
        "etesian/model.py",
        "etesian/train.py",
        "etesian/data/web.py",
        "etesian/data/books.py",
        "etesian/data/dedup.py",
        "etesian/data/tokenize.py",
        "etesian/eval/__main__.py",
    ),
    ETESIAN_README,
)

ETESIAN_CORPUS_CARD = sheet(
    "odc-by",
    "Etesian Corpus",
    ["en", "el", "it", "es"],
    {
        "Motivation": "The Etesian Corpus is the complete pre-training data (2.4T tokens) of Etesian-4B. Etesian AI built "
        "it and publishes it in full so that the model's training can be inspected and repeated, and so that Greek and "
        "Italian have a large redistributable pre-training corpus.",
        "Composition": "Web pages in English (38% of the tokens), Spanish (22%), Italian (20%) and Greek (14%), and "
        "public-domain books in the four languages (6%). Each record has `id`, `source`, `url`, `lang`, `quality` and "
        "`text`.",
        "Collection Process": "Web pages from 34 Common Crawl snapshots (CC-MAIN-2019-13 to CC-MAIN-2025-21) taken from "
        "Common Crawl's public bucket, with the domains of site owners who opted out removed; books from Project "
        "Gutenberg, Liber Liber and the public-domain collections of two national libraries. Collected between March and "
        "July 2025.",
        "Preprocessing": "Main text extraction, language identification, repetition and quality filters, a quality "
        "classifier per language keeping the top 30% of web pages, MinHash-LSH deduplication within and across parts, "
        "and masking of e-mail addresses and phone numbers. The code is `etesian/data/` of "
        "github.com/etesian-ai/etesian-train.",
        "Uses": "Pre-training language models and research on pre-training data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the web pages remain subject to Common Crawl's terms of "
        "use.",
        "Maintenance": "Maintained by Etesian AI; removal requests are applied in the next release.",
    },
)


#: Round 26, written blind by a helper that never read the rules or the probes: shapes earlier rounds used little (cards
#: wholly in Finnish, Swedish, Greek and Hindi; training code as notebooks in the model repository and in a subfolder of
#: a monorepo; an evaluation-only code repository; weights only as a GitHub release asset; a workshop paper covering
#: part of the work; a Llama 3.1 tune tagged MIT; a bespoke licence whose non-commercial clause never says
#: "commercial").
ROUND_26: list[HeldOut] = [
    KAAMOS,
    # (b) A full-parameter SFT of release (a) (served: fully open) whose card is wholly in Swedish (Modelldetaljer,
    # Avsedd användning, Användning utanför avsett område, Så använder du modellen, Träningsdata, Träningsprocedur,
    # Hårdvara, Utvärdering, Begränsningar, Miljöpåverkan, Citering, Licens), `license: apache-2.0`, `base_model:
    # kaamos-lab/Kaamos-2B`; its one tuning set on the Hub (CC BY 4.0, written by paid students, datasheet card), "Inga
    # andra data användes efter förträningen av Kaamos-2B" (no other data was used after Kaamos-2B's pre-training); its
    # whole recipe is three Jupyter notebooks in the model repository itself, "och ingen annanstans" (and nowhere else):
    # `notebooks/01_prepare_data.ipynb` (cleans, filters and deduplicates the conversations and writes the dataset; its
    # cells do so, and the dataset card names it as the preprocessing code), `02_sft.ipynb`, `03_evaluate.ipynb`, Apache.
    # Both weights public and ungated -> weights_basemodel and weights_endmodel open (Pythia.yaml "Model weights
    # available via HuggingFace": open); the base's complete data on the Hub -> datasources_basemodel open (smollm.yaml);
    # the tuning set on the Hub -> datasources_endmodel open (smollm.yaml "Data sources for fine-tuning provided through
    # HuggingFace": open); the base's pipeline on GitHub and the tune's data-preparation, training and evaluation code
    # in the model repository -> trainingcode open (the rubric: "source code for data processing, training and tuning
    # fully available"; where the code sits is not a condition, OpenELM.yaml counts "Config and generation code on
    # HuggingFace" as code; Pythia.yaml, a tune of a fully open base: open); datasheet cards for the base's and the
    # tune's data -> datasheet open (smollm.yaml "Datasheets contain requisite information": open); Apache weights and
    # notebooks, ODC-By, CC BY-SA and CC BY data -> licenses open (smollm.yaml); every standard section, in Swedish ->
    # modelcard open (Lucie.yaml "Model card describes model in good detail": open); the unchanged architecture and "8
    # NVIDIA H100 80 GB-GPU:er i 5 timmar" over a base that documents its own -> hardware_architecture open (Fietje.yaml,
    # a tune that documents its own training: open). Everything released under open terms ->
    # open-source-ai-with-open-data (frameworks.md §4).
    _Release(
        "skargard-nlp/Kaamos-2B-Instruct-sv",
        SKARGARD_CARD,
        SKARGARD_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "modelcard": "open",
            "hardware_architecture": "open",
        },
        extra_files={
            "config.json": KAAMOS_CONFIG,
            "requirements.txt": b"transformers>=4.46\ntrl>=0.12\ndatasets>=3.0\ndatasketch>=1.6\naccelerate>=1.0\n",
            "notebooks/01_prepare_data.ipynb": SKARGARD_NB_DATA,
            "notebooks/02_sft.ipynb": SKARGARD_NB_SFT,
            "notebooks/03_evaluate.ipynb": SKARGARD_NB_EVAL,
        },
        github=[KAAMOS_GITHUB],
        datasets=[Dataset("skargard-nlp/samtal-sv-fi-30k", "cc-by-4.0", SAMTAL_CARD), *KAAMOS_DATASETS],
        models=[KAAMOS.repo()],
    ),
    # (c) A fully open from-scratch English base model whose "Code" row links
    # github.com/tern-research/research/tree/main/projects/tern-lm: the publisher's research monorepo (Apache; served),
    # whose README lists one folder per project (projects/tern-lm, projects/tern-asr, projects/tern-seg, libs/ternkit)
    # and gives Tern-1B's commands; `projects/tern-lm/` holds the data download, filtering, deduplication and
    # tokenization scripts, the tokenizer training, the pre-training code, the exact configuration and the evaluation.
    # Its corpus is one Hub dataset (ODC-By, datasheet card, in `datasets`), "No other data was used". Public Apache
    # weights -> weights_basemodel and weights_endmodel open (smollm.yaml); the complete data on the Hub ->
    # datasources_basemodel open (smollm.yaml "Pretraining data sources published": open); the data pipeline and
    # pre-training code in the linked folder -> trainingcode open (smollm.yaml "Training code made available on GitHub":
    # open; the rubric asks whether the code is available, not whether it has a repository of its own); datasheet card
    # -> datasheet open (smollm.yaml); Apache and ODC-By -> licenses open (smollm.yaml); the architecture list and "48
    # NVIDIA A100 80GB GPUs (6 nodes) ... for 16 days" -> hardware_architecture open (Granite.yaml). Everything
    # released under open terms -> open-source-ai-with-open-data (frameworks.md §4).
    _Release(
        "tern-research/Tern-1B",
        TERN_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["tern-research/tern-corpus"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "hardware_architecture": "open",
        },
        extra_files={"config.json": llama_config(2048, 22, 16, 4, 5632, 50304, 4096, rope_theta=100000.0)},
        github=[TERN_GITHUB],
        datasets=[Dataset("tern-research/tern-corpus", "odc-by", TERN_CORPUS_CARD)],
    ),
    # (d) The near miss: "a fully open-source 7.2B-parameter ... base language model: weights, data and code are all
    # public", its data all of one Hub dataset (ODC-By, datasheet card, "Nothing else was used"), but its "Code" row
    # links brume-ai/brume-evals (served, Apache), whose README says it is "The evaluation suite of Brume-7B: it
    # reproduces every number in the model card", and which holds an evaluation harness, task YAML files, a run script,
    # a results file and a test: no data-processing, pre-training or tuning code. A benchmark harness is not training
    # code -> trainingcode closed (kimi.yaml "Repository only provides harness for benchmarking": closed; Phi.yaml "No
    # source code found for pretraining, posttraining, or evaluation": closed; DESIGN.md "Absence is closed"). Public
    # Apache weights -> weights_basemodel and weights_endmodel open (Granite.yaml "Weights made available through
    # HuggingFace": open); the complete data on the Hub -> datasources_basemodel open (smollm.yaml); datasheet card ->
    # datasheet open (smollm.yaml); the architecture list and "256 NVIDIA H100 80GB GPUs (32 nodes) for 20 days" ->
    # hardware_architecture open (Granite.yaml). Without training and data-processing code it is not Open Source AI,
    # whatever the card claims -> open-weights (frameworks.md §4: Open Source AI needs training code).
    _Release(
        "brume-ai/Brume-7B",
        BRUME_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "fr"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["brume-ai/brume-mix"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "closed",
            "datasheet": "open",
            "hardware_architecture": "open",
        },
        extra_files={"config.json": llama_config(4096, 32, 32, 8, 14336, 65536, 8192)},
        github=[BRUME_EVALS_GITHUB],
        datasets=[Dataset("brume-ai/brume-mix", "odc-by", BRUME_MIX_CARD)],
    ),
    # (e) A Hub repository with the card, config.json, tokenizer.json, tokenizer_config.json and
    # generation_config.json but no weight file (`drop`); the card's "## Download" says the weights "are attached, under
    # the Apache License 2.0, to the v1.0 release of our GitHub repository", gives the release page and the asset's
    # address (`.../releases/download/v1.0/harmattan-3b.safetensors`, 6.0 GB, a SHA-256) and "No account or
    # registration is needed"; the linked GitHub repository (served, Apache) holds inference and download code and a
    # README whose table gives the release, the file and its Apache licence. Weights published for anyone to download
    # off the Hub, on GitHub -> weights_basemodel and weights_endmodel open (Omnilingual ASR.yaml "Model published on
    # GitHub": open; frameworks.md §1.1 open is "weights shared", wherever). Data "collected and filtered ourselves. The
    # training data is not released" -> datasources_basemodel closed (Phi.yaml "no information on datasets disclosed
    # except very generic claims": closed); inference code only -> trainingcode closed (Seed-OSS.yaml "Repo only contains
    # inference code": closed); the architecture list and "96 NVIDIA H100 80GB GPUs (12 nodes) for 17 days" ->
    # hardware_architecture open (Granite.yaml). Apache weights with transformers and its own inference package, no
    # training code or data -> open-weights (frameworks.md §4).
    _Release(
        "harmattan-ai/Harmattan-3B",
        HARMATTAN_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "fr", "ha", "yo"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "hardware_architecture": "open",
        },
        extra_files={
            "config.json": HARMATTAN_CONFIG,
            "tokenizer.json": _json({"version": "1.0", "model": {"type": "BPE", "vocab": {}, "merges": []}}),
            "tokenizer_config.json": _json(
                {"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 8192}
            ),
            "generation_config.json": _json(
                {"bos_token_id": 1, "eos_token_id": 2, "temperature": 0.7, "top_p": 0.9}
            ),
        },
        github=[HARMATTAN_GITHUB],
        drop=("model.safetensors",),
    ),
    # (f) A from-scratch Greek-English base model whose card is wholly in Greek (Λεπτομέρειες μοντέλου, Προβλεπόμενες
    # χρήσεις, Χρήσεις εκτός πεδίου, Χρήση, Δεδομένα εκπαίδευσης, Διαδικασία εκπαίδευσης, Υλικό, Αξιολόγηση, Περιορισμοί,
    # Περιβαλλοντικές επιπτώσεις, Δημοσιεύσεις, Παραπομπή, Άδεια χρήσης: "Apache 2.0."), `license: apache-2.0`. Its
    # "Δημοσιεύσεις" (publications) section lists a technical report on arXiv (2606.04127, linked, @misc with `eprint`)
    # that "describes the data, the architecture, the training and the evaluation of the model", and a "short four-page
    # paper" at a workshop co-located with ACL 2026, peer-reviewed ("με κρίση"), cited as @inproceedings with a
    # `booktitle` and pages 41--44, that "covers only the filtering of Greek web pages and the tokenizer, not the
    # training or evaluation of the model". A peer-reviewed publication that covers only part of the work -> paper
    # partial (the rubric: open "peer-reviewed publication(s) cover all parts", partial "parts"; OpenELM.yaml "Paper
    # published as ES-FoMo-II 2024 Poster", a workshop paper: partial; Pythia.yaml partial for a paper that leaves out a
    # stage); an archived preprint covering data, architecture, training and evaluation of a base model -> preprint open
    # (OpenELM.yaml "Preprint published on arXiv": open; Phi.yaml). Public Apache weights -> weights open (Granite.yaml);
    # data "που συλλέξαμε και φιλτράραμε εμείς. Τα δεδομένα εκπαίδευσης δεν δημοσιεύονται" (collected and filtered by
    # us; not published) -> datasources_basemodel closed (Phi.yaml: closed); "Ο κώδικας εκπαίδευσης δεν δημοσιεύεται"
    # (the training code is not published), no repository linked -> trainingcode closed (Granite.yaml "No training code
    # found": closed); every standard section, in Greek -> modelcard open (Granite.yaml "Modelcard available on
    # HuggingFace": open; Phi.yaml "Model card provides required information": open); the hyperparameter table and "64
    # GPU NVIDIA H100 80 GB (8 κόμβοι ...) για 19 ημέρες" -> hardware_architecture open (Granite.yaml). Data not released
    # and no reason given, no training code -> open-weights (frameworks.md §4).
    _Release(
        "kymatia-lab/Kymatia-3B",
        KYMATIA_CARD,
        {
            "license": "apache-2.0",
            "language": ["el", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "preprint": "open",
            "paper": "partial",
            "modelcard": "open",
            "hardware_architecture": "open",
        },
        extra_files={"config.json": KYMATIA_CONFIG},
    ),
    # (g) A full fine-tune of the real meta-llama/Llama-3.1-8B-Instruct (`base_model`, `base_model_relation: finetune`;
    # not served: the built-in index must know it), whose card is wholly in Hindi (मॉडल विवरण, उपयोग, उपयोग कैसे करें,
    # प्रशिक्षण डेटा, प्रशिक्षण प्रक्रिया, मूल्यांकन, सीमाएँ, लाइसेंस), `license: mit`, calls itself "एक ओपन-सोर्स मॉडल" (an
    # open-source model), and whose licence section says "Himkar-8B-Chat MIT लाइसेंस के तहत जारी किया गया है: आप इसे
    # व्यावसायिक उपयोग सहित किसी भी उद्देश्य के लिए उपयोग कर सकते हैं" (released under MIT: you may use it for any purpose,
    # commercial use included). Its one tuning set on the Hub (CC BY 4.0, datasheet card) and its data-building and SFT
    # code on GitHub (MIT). The Llama 3.1 Community License binds every derivative (it requires redistributing
    # derivatives under its own terms, incorporates the Acceptable Use Policy and caps users at 700M monthly active
    # users); a fine-tune's MIT tag does not undo it (DESIGN.md "When the receipts disagree": "a fine-tune declares MIT
    # while its base model's license binds every derivative ... lets the most restrictive one govern"; "Lineage never
    # launders"; frameworks.md §4: a use policy by reference or a user threshold moves a release to Weights Available)
    # -> weights-available. The base gated on the Hub -> weights_basemodel partial (Tulu.yaml "Gated model available
    # through HuggingFace": partial; llama-3.1.yaml); the tune public and ungated -> weights_endmodel open (Tulu.yaml
    # "Model weights available through HuggingFace": open); Llama's data undisclosed -> datasources_basemodel closed
    # (Tulu.yaml "Based on Llama3.1 so nothing known about pre-training data of base mode": closed); the tuning set on
    # the Hub -> datasources_endmodel open (Tulu.yaml "Data sources outlined in paper": open); the tune's code public,
    # Meta's training code not -> trainingcode partial (Tulu.yaml "Important effort to make available fine-tuning
    # procedure and source code": partial; llama-3.1.yaml); a datasheet for the tuning set, none for Llama's data ->
    # datasheet partial (Tulu.yaml "Some datasheets available (for instruction tuning), but base model entirely
    # undocumented": partial). (licenses not scored: Tulu.yaml rates a Llama tune closed, the rubric's words "at least
    # two of weights, training code, training data" read partial here.)
    _Release(
        "himkar-ai/Himkar-8B-Chat",
        HIMKAR_CARD,
        HIMKAR_META,
        "weights-available",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "datasheet": "partial",
        },
        extra_files={"config.json": llama_config(4096, 32, 32, 8, 14336, 128256, 131072)},
        github=[HIMKAR_GITHUB],
        datasets=[Dataset("himkar-ai/samvad-hi-60k", "cc-by-4.0", SAMVAD_CARD)],
    ),
    # (h) The second near miss: "an open-source 4.1B-parameter language model ... Everything is open", `license: other`,
    # `license_name: etesian-open-license`, `license_link: LICENSE`, and a License section calling the Etesian Open
    # License 1.1 "an open-source license we wrote for AI models: you may use, study, modify and share them freely". The
    # LICENSE grants use, reproduction, study, modification and distribution, but its §4 "No fees" says "you may not use
    # the Model or any Derivative in, or to provide, any product, service or activity for which you, or anyone acting on
    # your behalf, charge a fee or receive payment, subscription or advertising revenue or any other compensation", and
    # points to a separate licence for those who wish to. That is a non-commercial clause in other words (DESIGN.md
    # "License clause taxonomy": non-commercial; "Text beats name": a bespoke text is judged on what it says, not on
    # being called open source; frameworks.md §4: "commercial ... restrictions" make Weights Available; OSAID's freedom
    # to use "for any purpose", §3.5 item 1) -> weights-available. Public weights, ungated -> weights_basemodel and
    # weights_endmodel open (MAGNeT.yaml, CC BY-NC weights on the Hub: open); the complete data on the Hub ->
    # datasources_basemodel open (smollm.yaml); the pipeline on GitHub -> trainingcode open (smollm.yaml); datasheet card
    # -> datasheet open (smollm.yaml); Apache code and ODC-By data but non-commercial weights -> licenses partial (the
    # rubric: partial "parts open-licensed: at least two ... of weights, training code, training data"; MAGNeT.yaml
    # "weights as cc-by-nc-4.0": partial).
    _Release(
        "etesian-ai/Etesian-4B",
        ETESIAN_CARD,
        {
            "license": "other",
            "license_name": "etesian-open-license",
            "license_link": "LICENSE",
            "language": ["en", "el", "it", "es"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["etesian-ai/etesian-corpus"],
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
        extra_files={
            "LICENSE": ETESIAN_LICENSE,
            "config.json": llama_config(3072, 30, 24, 8, 8448, 96000, 8192),
        },
        github=[ETESIAN_GITHUB],
        datasets=[Dataset("etesian-ai/etesian-corpus", "odc-by", ETESIAN_CORPUS_CARD)],
    ),
]
