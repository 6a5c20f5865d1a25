# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 27 (`ROUND_27`, 8 releases, written blind by a helper that never read the rules or the
probes): shapes earlier rounds used little. Each release is served by the loopback Hub (with its linked GitHub
repositories, its datasets and the other Hub models it names: a merge's two parents and their foundation, from this
same round) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the receipts disagree", "License
clause taxonomy" and "Verdict principles", the README's label table, and the expert files in
`../shared/reference/osai-index/`, cited beside each cell: smollm, OLMo, AMD OLMo, Lucie, Granite, Phi, Seed-OSS, Poro,
NeuralChat, Pythia, Tulu, Zephyr, StarCoder, bloomz, Llama-Nemotron). Every model, company, dataset, benchmark,
website and repository is invented but two: the LoRA adapter's base is the real allenai/OLMo-7B and the pruned model's
source is the real meta-llama/Llama-3.1-8B, both named by their Hub ids and not served (the built-in index must know
them); mergekit and its TIES method are named in mergekit's own card template.

Earlier rounds had cards in French, German, Spanish, Portuguese, Japanese, Korean, Chinese, Arabic, Indonesian, Dutch,
Polish, Turkish, Vietnamese, Finnish, Swedish, Greek and Hindi (7, 12, 17, 22-26); code on Codeberg alone (17); a card
that is one HTML table of two columns (22) and licences in an HTML row (7); merges whose restrictive parent binds them
(7, 11, 16, 24) or whose second parent is share-alike (22); distillations from a teacher whose outputs only were used
(11, 16, 21, 24); an Open RAIL-M text over a diffusion model tagged `openrail` (19); a data corpus promised for later
in English or Dutch (7, 24); a blog post that was not read (15); LoRA adapters of fully open bases that were served
(11, 25); mixtures of data stages kept in GitHub configs beside a card that named the data (21). This round takes the
shapes where they had not gone: a card wholly in Italian whose pipeline is on GitLab (in a nested group) beside a
readable GitHub repository of inference code only; a card wholly in Romanian over a LoRA adapter of the real, fully
open OLMo 7B; a card wholly in Ukrainian whose corpus and datasheet are promised "найближчим часом" and whose only
write-up is a short blog post; an "open-source" text model under a bespoke Responsible AI License (OpenRAIL-M) in
`license: other`; training data listed only in a YAML data-mixture file of the model repository that the card points
to; a TIES merge of two parents under different but open licences (Apache 2.0 and MIT); a card whose facts are one
HTML table in row groups (a first cell spanning rows), with no `license` or `datasets` in its metadata; and a model
pruned from meta-llama/Llama-3.1-8B and distilled with it as the teacher, named only in prose and tagged Apache 2.0.

The releases:
- (a) brezza-lab/Brezza-3B: a fully open from-scratch Italian-English base model, card in Italian; two Hub corpora
  with datasheet cards; its pipeline on gitlab.com/brezza-lab/ricerca/brezza-train (not served, not read), its
  inference code on GitHub (served) (undetermined; training code unknown).
- (b) tei-nlp/OLMo-7B-Rezumat-RO-LoRA: a LoRA adapter of allenai/OLMo-7B (adapter files only), card in Romanian
  (Detalii despre model, Utilizări prevăzute, Cum se folosește, Date de antrenare, Procedura de antrenare, Resurse de
  calcul, Evaluare, Limitări și prejudecăți, Impact asupra mediului, Citare, Licență); its tuning set on the Hub
  (datasheet card), its code on GitHub (open-source-ai-with-open-data; model card and hardware/architecture open).
- (c) kobza-lab/Kobza-2B: a from-scratch Ukrainian-English base model, card in Ukrainian (Відомості про модель,
  Призначення, Як почати, Навчальні дані, Процедура навчання, Апаратне забезпечення, Оцінювання, Обмеження та
  упередження, Вплив на довкілля, Публікації, Цитування, Ліцензія); the corpus "ще не опубліковано", to come "найближчим
  часом ... разом із даташитом"; its pipeline on GitHub now; "Наукової статті, препринту чи технічного звіту немає",
  only a short blog post (open-weights; data, datasheet, preprint and paper closed).
- (d) tessera-ai/Tessera-7B: "an open-source 7.3B-parameter base language model", `license: other`, `license_name:
  tessera-openrail-m`, `license_link: LICENSE`, a bespoke OpenRAIL-M whose Attachment A forbids ten uses and binds
  every recipient; data on the Hub (datasheet card), pipeline on GitHub (weights-available; licences partial).
- (e) ardesia-lab/Ardesia-1B: a fully open model whose card names no dataset (no `datasets`, none in its prose) but
  says "The complete pre-training data is the mixture in `configs/data_mix.yaml` of this repository"; that file lists
  three Hub datasets (datasheet cards); pipeline on GitHub (open-source-ai-with-open-data).
- (f) darsena-merges/Scoglio-7B-MathPoesia-ties: mergekit's TIES card, `license: apache-2.0`, of
  faro-nlp/Scoglio-7B-Math (Apache 2.0) and molo-lab/Scoglio-7B-Poesia (MIT), both tunes of scoglio-ai/Scoglio-7B
  (Apache, data not released); all served; the MIT notice kept in NOTICE (open-weights; licences open).
- (g) cirro-ai/Cirro-2B: a fully open model whose card is one HTML table in five row groups (`<th rowspan=...>`), its
  licence, data links and code link only in the table's cells, no `license` or `datasets` metadata
  (open-source-ai-with-open-data; model card open).
- (h) spina-ai/Spina-4.5B: "We pruned [meta-llama/Llama-3.1-8B](...) in width ... and then trained the pruned network
  by distillation, with the unpruned Llama 3.1 8B as the teacher", no `base_model`, `license: apache-2.0`; data and
  code not released (weights-available; base weights partial).

Written blind, before any rule changed. First run (before any rule changed, on commit 372ed70, with no uncommitted
edits under `src/`: only this file and the two wiring lines in `test_heldout_releases.py` were new): 2 of 8 right (4
of 8 labels); 42 of 53 key cells right. The reasons are from the assertion messages of a `-vv` run; `tail -150` cut
the first failure's, so a read-only rerun printed the whole output, and a `-vvv` rerun of the four label misses
printed their cell levels (the same reasons). Right: Tessera-7B (weights-available from the OpenRAIL-M's use
restrictions, licences partial) and the Apache + MIT merge (open-weights, licences open); the reasons of passing cases
were not printed. Labels also right: OLMo-7B-Rezumat-RO-LoRA, Kobza-2B. One label read **more open** than the rubric
(Spina-4.5B), and two cells did (Spina-4.5B's base weights, Kobza-2B's datasheet). The misses:
- Brezza-3B (Italian card, training code on GitLab beside an inference repository on GitHub): open-weights where
  undetermined was expected ("The weights and deployment code are released under open terms (Apache License 2.0),
  but complete training code; data-processing code are missing for Open Source AI."); trainingcode closed where
  unknown was expected ("Only inference or model code is published, no training code."): the readable GitHub
  repository decided, though the publisher's GitLab repository, which the card and that repository's README both give
  as the training code, was never read. Weights, data, datasheet, model card (in Italian) and hardware right.
- OLMo-7B-Rezumat-RO-LoRA (Romanian card): open-source-ai-with-open-data and seven cells right (both weights, both
  data cells, training code, datasheet, licences: OLMo 7B known to the index), but modelcard partial where open was
  expected ("The model card covers 2 of the 9 standard sections; missing: model-details, uses, limitations, training,
  evaluation, environmental-impact, technical-specs."): the Romanian titles were not read; and hardware_architecture
  partial where open was expected ("Only the training hardware is documented, not the architecture."): the adapter
  repository has no config.json, and "transformer doar-decodor; 32 de straturi, dimensiune ascunsă 4096, 32 de capete
  de atenție" was not read as architecture facts.
- Kobza-2B (Ukrainian card, corpus and datasheet promised, blog post only): open-weights and six cells right (weights,
  data closed, training code open, preprint and paper closed), but datasheet **open** where closed was expected ("The
  training data is documented in a datasheet: after Datasheets for Datasets or the EU AI Act's training-content
  summary."): "Ми викладемо його на Hugging Face Hub найближчим часом ... разом із даташитом (datasheet) за схемою
  Gebru et al." promises a datasheet, it publishes none; modelcard closed where open was expected ("The model card has
  none of the standard sections (details, uses, training, evaluation...)."); hardware_architecture partial where open
  was expected ("Only the architecture is documented, not the training hardware and setup."): "Модель навчали на 64
  GPU NVIDIA H100 80 ГБ ... протягом 15 днів, загалом близько 23 000 GPU-годин" under "### Апаратне забезпечення"
  was not read.
- Ardesia-1B (data listed only in configs/data_mix.yaml): open-weights where open-source-ai-with-open-data was
  expected ("... but data information (list and description of the training data) is missing for Open Source AI.");
  datasources_basemodel closed where open was expected ("The card describes the training data only in general terms;
  no dataset is listed."): the YAML file the card points to was not read; datasheet partial where open was expected
  ("A data card or data statement is mentioned, which gives partial insight; there is no datasheet (collection,
  curation, composition, uses) or dataset card on the Hub."): the three datasets' datasheet cards were never looked
  up. Weights, training code and licences right.
- Cirro-2B (HTML table in row groups): weights-available where open-source-ai-with-open-data was expected ("No
  license: the release, read in full (card metadata, files, gate), states none, so no one is granted the rights to
  use, modify or share the weights ..."); licenses partial where open was expected ("Only part of the release is
  openly licensed (open: code, data; not open: weights)."); modelcard partial where open was expected ("The model card
  covers 7 of the 9 standard sections; missing: training, evaluation."): the first row of every group, which holds the
  group's spanning cell before its label ("Training" before "Data", "Legal and more" before "Licence", "Evaluation"
  before the first benchmark), was read as no row at all. Weights, data, training code, datasheet and hardware
  right.
- Spina-4.5B (pruned from Llama 3.1 8B, its teacher): **open-weights** where weights-available was expected ("The
  weights and deployment code are released under open terms (Apache License 2.0), but complete training code;
  data-processing code; data information ... are missing for Open Source AI."); weights_basemodel **open** where
  partial was expected ("The weights are freely downloadable under an open license."): "We pruned
  [meta-llama/Llama-3.1-8B](...)" was not read as lineage, so the Llama 3.1 Community License did not bind the Apache
  tag (Llama-Nemotron.yaml rates such a model through its Llama base). Data and training code closed right.
No expectation was changed after the run.

What changed (general causes, each with paraphrases and near misses in `tests/probes/test_release_round27_rules.py`
and `tests/sources/test_release_round27_sources.py`, 65 of whose 93 cases fail on the code before the change): card
sections are read in Romanian (either form of ș and ț) and Ukrainian, and the licence titles "Licență", "Ліцензія"
(a Romanian or Ukrainian licence section that says more than a licence's name is then unread terms, as round 25's
Vietnamese one), data headings and training titles in both and Russian; the training hardware ("antrenat",
"навчали", "GPU-годин", "обучена", "GPU-часов", titles "Resurse de calcul", "Апаратне забезпечення", "Обладнання";
GPUs for inference or fine-tuning, "інференс", "донавчання", "дообучение", "ajustare fină", stay usage notes) and the
architecture's facts ("straturi", "dimensiune ascunsă", "capete de atenție", "шари", "голови уваги", "слоёв", "длина
контекста"; the type "трансформер", "arhitectură") in Romanian, Ukrainian and Russian; a datasheet promised in
Ukrainian, Russian, Romanian or Polish ("найближчим часом", "в ближайшее время", "în curând", "wkrótce") is none; an
HTML table row whose first cell spans rows (`<th rowspan="4">Training</th>`) heads a group of those rows and the rest
of the row is read as a label and value, and a row of the card's table labelled as a licence, outside a data section,
is a licence section of one line (the licence no longer lost beside rows that speak of datasets); a configuration file
of the model repository (YAML, JSON, TOML) whose path the card names is read (at most four, under the document cap,
YAML without aliases), the Hub datasets it names under keys about datasets, as mixer keys, `hf://datasets/` paths or
dataset pages are looked up as the card's linked datasets, and they are the training data when the card names the
file where it speaks of the training data (smollm.yaml: "Data source mixture described in training config"); the
publisher's repository on a forge opengauge does not read (GitLab, a self-hosted GitLab, Codeberg, Bitbucket) makes
the training and data-processing code unknown even beside a readable repository that holds none, the reason naming
the repository with its GitLab subgroup path (and the licences' note says no training code "was read", not "is
published"); and a model pruned from another ("obtained by pruning X", "We pruned [X](...)", "pruned and distilled
from X") is derived from it (Llama-Nemotron.yaml), while "pruning and knowledge distillation", "we pruned 20% of the
layers" and a teacher that was only distilled from state no base. The probe definitions say so (model-card,
architecture-hardware, weights-license, data-documentation, training-data, training-code, data-processing-code,
lineage). 8 of 8 pass (53 of 53 key cells). Corpus figures unchanged (evaluate 72.0 % exact, 93.9 % within one;
import-osai 76.3 % automated, 74.8 % reviewed). The check against the code before the change ran on a copy of
`src/` taken with `git archive HEAD`, not `git stash`: the stash stack is shared by every worktree of this
repository, and a stash taken here was once popped by another checkout's session.
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
    """Another Hub model a release names (a merge's parent, their foundation), served with its card, a root
    `model.safetensors` and `files` (None: listed, not served)."""
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
    tags, without the files in `drop` (an adapter repository has no `model.safetensors` or `config.json`), with the
    listed files `hub_files` added."""

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
# (a) Brezza-3B: a fully open from-scratch model whose card is wholly in Italian and whose training code is on GitLab
# (a nested group), beside a readable GitHub repository of inference code only.

BREZZA_CARD = """# Brezza-3B

Brezza-3B è un modello linguistico di base italiano-inglese da 3,1 miliardi di parametri, addestrato da zero da Brezza Lab (Pisa). È un modello di base: continua il testo e non è stato adattato alle conversazioni. Pubblichiamo con licenze aperte i pesi, tutti i dati di addestramento e tutto il codice, perché chiunque possa verificare da che cosa il modello ha imparato e ripeterne l'addestramento.

## Dettagli del modello

- **Sviluppato da:** Brezza Lab, associazione di ricerca senza scopo di lucro, Pisa
- **Tipo di modello:** transformer solo decoder; modello di base, non adattato alle istruzioni
- **Lingue:** italiano (61 % dei token), inglese (39 %)
- **Data di rilascio:** maggio 2026
- **Licenza:** Apache 2.0

| Iperparametro | Valore |
|---|---|
| Parametri | 3,1 miliardi |
| Strati | 28 |
| Dimensione nascosta | 3072 (SwiGLU, dimensione intermedia 8192) |
| Teste di attenzione | 24 teste di query, 8 teste chiave-valore (grouped-query attention) |
| Normalizzazione | RMSNorm |
| Codifica posizionale | RoPE (θ = 500 000) |
| Lunghezza del contesto | 8192 token |
| Vocabolario | 64 000 token (BPE addestrato sui dati) |

## Usi previsti

La ricerca sui modelli linguistici per l'italiano e l'adattamento (fine-tuning) a compiti specifici: riassunto, classificazione, estrazione di informazioni, assistenti per domini particolari.

### Usi non previsti

Il modello non ha ricevuto alcun addestramento di sicurezza: non va offerto così com'è agli utenti finali né usato per prendere decisioni che riguardano persone.

## Come iniziare

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("brezza-lab/Brezza-3B")
model = AutoModelForCausalLM.from_pretrained("brezza-lab/Brezza-3B", torch_dtype="auto")
inputs = tok("La Torre di Pisa è", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Dati di addestramento

Brezza-3B è stato addestrato su due corpora, che abbiamo pubblicato per intero sull'Hub di Hugging Face:

| Corpus | Token | Licenza |
|---|---|---|
| [brezza-lab/brezza-web-it](https://huggingface.co/datasets/brezza-lab/brezza-web-it) | 1,8 bilioni | ODC-By 1.0 |
| [brezza-lab/brezza-libri](https://huggingface.co/datasets/brezza-lab/brezza-libri) | 0,2 bilioni | CC0 1.0 |

Questi due corpora sono la totalità dei dati di addestramento: non è stato usato nessun altro dato (privato, con licenza o sintetico). La scheda di ciascun corpus è un datasheet: motivazione, composizione, raccolta, preelaborazione, usi, distribuzione e manutenzione.

## Procedura di addestramento

Il codice completo con cui abbiamo costruito i dati e addestrato il modello — la pipeline dei dati (estrazione del testo, filtri, deduplicazione, tokenizzazione), il pre-addestramento, la valutazione e la configurazione esatta di questo modello — è su GitLab, con licenza Apache 2.0: [gitlab.com/brezza-lab/ricerca/brezza-train](https://gitlab.com/brezza-lab/ricerca/brezza-train). Il codice per eseguire e servire il modello è invece su GitHub: [brezza-lab/brezza-serve](https://github.com/brezza-lab/brezza-serve).

- AdamW (β2 = 0,95, weight decay 0,1), tasso di apprendimento massimo 3e-4, schedule "warmup-stable-decay"
- lotti da 4 milioni di token, 500 000 passi, bf16, FSDP

### Infrastruttura di addestramento

Brezza-3B è stato addestrato su 96 GPU NVIDIA H100 da 80 GB (12 nodi, rete InfiniBand) per 18 giorni, per un totale di circa 41 000 ore-GPU, sul supercalcolatore di un consorzio universitario toscano.

## Valutazione

| Compito | Brezza-3B |
|---|---|
| Maestrale-QA-it (0-shot) | 58,3 |
| Libeccio-Ragionamento-it (0-shot) | 47,9 |
| Tramontana-Conoscenza (en, 5-shot) | 45,1 |

## Limitazioni e bias

Brezza-3B può produrre testo scorrevole ma falso, riproduce i pregiudizi delle sue fonti e non sa nulla di quanto è accaduto dopo gennaio 2026. Il suo inglese è più debole del suo italiano.

## Impatto ambientale

Circa 41 000 ore-GPU H100 in un centro di calcolo alimentato in parte da energia rinnovabile; stimiamo le emissioni in 3,4 t CO2e (metodo basato sulla localizzazione).

## Citazione

```bibtex
@misc{brezza2026,
  title        = {Brezza-3B: un modello di base aperto italiano-inglese},
  author       = {{Brezza Lab}},
  year         = {2026},
  howpublished = {\\url{https://huggingface.co/brezza-lab/Brezza-3B}}
}
```

## Licenza

I pesi e il codice sono rilasciati con licenza Apache 2.0; i corpora con licenza ODC-By 1.0 (brezza-web-it) e CC0 1.0 (brezza-libri).
"""

BREZZA_META = {
    "license": "apache-2.0",
    "language": ["it", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "datasets": ["brezza-lab/brezza-web-it", "brezza-lab/brezza-libri"],
}

BREZZA_SERVE_README = """# brezza-serve

Esecuzione e servizio di Brezza-3B (https://huggingface.co/brezza-lab/Brezza-3B): generazione da riga di comando, un
server HTTP compatibile con l'API di chat più diffusa e un'immagine Docker.

## Installazione

    pip install -e .

## Uso

    python -m brezza_serve.generate --model brezza-lab/Brezza-3B --prompt "La Torre di Pisa è"
    python -m brezza_serve.server --model brezza-lab/Brezza-3B --port 8080

## Addestramento

Questo repository non contiene codice di addestramento né di preparazione dei dati. Il codice di addestramento di
Brezza-3B è su GitLab: https://gitlab.com/brezza-lab/ricerca/brezza-train

## Licenza

Apache 2.0.
""".encode()

BREZZA_GITHUB = _gh(
    "brezza-lab/brezza-serve",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "Dockerfile",
        "brezza_serve/__init__.py",
        "brezza_serve/generate.py",
        "brezza_serve/server.py",
        "brezza_serve/sampling.py",
        "examples/chat.py",
        "tests/test_generate.py",
    ),
    BREZZA_SERVE_README,
)

BREZZA_WEB_CARD = sheet(
    "odc-by",
    "Brezza Web IT",
    ["it", "en"],
    {
        "Motivation": "Brezza Web IT is the web part (1.8T tokens) of the training data of Brezza-3B. Brezza Lab, a "
        "non-profit research association in Pisa, built it and publishes it in full so that anyone can inspect what the "
        "model learned from and repeat its training; it was funded by a regional research grant.",
        "Composition": "About 1.4B Italian and English web documents with `id`, `url`, `snapshot`, `lang`, `quality` and "
        "`text` fields; Italian is 60% of the tokens. News, public-administration and encyclopaedic pages are "
        "over-represented compared with the Italian web as a whole, shops and forums under-represented.",
        "Collection Process": "Pages from 40 Common Crawl snapshots (CC-MAIN-2019-04 to CC-MAIN-2025-26), downloaded from "
        "Common Crawl's public bucket in November 2025. Common Crawl honours robots.txt; we also removed the domains on "
        "public adult-content and malware blocklists and the domains whose owners opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; Italian and English kept above a fastText language score "
        "of 0.7; repetition, line-length and boilerplate filters; a quality classifier per language keeping the top 30%; "
        "MinHash-LSH deduplication across snapshots; e-mail addresses, phone numbers and Italian tax codes masked.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or profile "
        "people: the masking of personal data is imperfect and some pages name private individuals.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; the pages remain subject to Common "
        "Crawl's terms of use, and the dataset is versioned so that the exact training snapshot stays available.",
        "Maintenance": "Maintained by Brezza Lab; removal requests made in the discussion tab are applied in the next "
        "release and listed in this card's changelog, and the corpus is rebuilt from newer snapshots once a year.",
    },
)

BREZZA_LIBRI_CARD = sheet(
    "cc0-1.0",
    "Brezza Libri",
    ["it", "en"],
    {
        "Motivation": "Brezza Libri is the book part (0.2T tokens) of the training data of Brezza-3B, made so that the "
        "model sees long, edited Italian and English prose that anyone may redistribute without conditions.",
        "Composition": "About 118,000 books in the public domain, Italian (54% of the tokens) and English, one record per "
        "book with `id`, `title`, `author`, `year`, `lang`, `source` and `text`; most were written before 1930, so the "
        "language and the views in them are often dated.",
        "Collection Process": "Books from Liber Liber's Progetto Manuzio and Project Gutenberg whose authors died more than "
        "70 years ago, downloaded from the two projects' public mirrors in October 2025; no book was bought, scanned by us "
        "or generated, and the source identifier of every book is kept.",
        "Preprocessing": "Project headers and licence boilerplate removed, OCR errors in the older scans corrected with a "
        "dictionary pass, books under 5,000 characters and exact duplicates across the two sources dropped; the line "
        "breaks of the original editions are kept.",
        "Uses": "Pre-training language models and research on historical Italian and English prose; the books reflect the "
        "views of their time and are not a balanced picture of either language today.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0: the texts are in the public domain and our processing adds "
        "no rights; the dataset is ungated and versioned.",
        "Maintenance": "Maintained by Brezza Lab; errors reported in the discussion tab are fixed in the next release, and "
        "books that enter the public domain are added once a year.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (b) OLMo-7B-Rezumat-RO-LoRA: a LoRA adapter of the real, fully open allenai/OLMo-7B whose card is wholly in Romanian.

REZUMAT_CARD = """# OLMo-7B-Rezumat-RO-LoRA

Un adaptor LoRA pentru [allenai/OLMo-7B](https://huggingface.co/allenai/OLMo-7B) care rezumă știri și documente administrative scrise în limba română. Adaptorul, datele cu care l-am antrenat și tot codul sunt publice, iar modelul de bază OLMo-7B este la rândul lui complet deschis: ponderile, datele de pre-antrenare (Dolma) și codul.

## Detalii despre model

- **Dezvoltat de:** Tei NLP, un grup de cercetare din Iași
- **Model de bază:** allenai/OLMo-7B (Apache 2.0)
- **Tipul modelului:** adaptor LoRA (PEFT) pentru un transformer doar-decodor; rang 16, alpha 32, dropout 0,05, pe proiecțiile de atenție și pe cele MLP; 40 de milioane de parametri antrenabili
- **Arhitectura modelului de bază:** 32 de straturi, dimensiune ascunsă 4096, 32 de capete de atenție, context de 2048 de tokeni, vocabular de 50 280 de tokeni
- **Limba:** română
- **Licență:** Apache 2.0

## Utilizări prevăzute

Rezumarea știrilor, a comunicatelor de presă și a documentelor administrative românești în 3–5 propoziții, pentru cercetare și pentru instrumente interne de documentare.

### Utilizări în afara scopului

Rezumarea documentelor medicale sau juridice fără verificare umană și orice decizie despre persoane luată pe baza rezumatelor. Adaptorul nu a fost antrenat pentru conversație.

## Cum se folosește

```python
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("allenai/OLMo-7B")
base = AutoModelForCausalLM.from_pretrained("allenai/OLMo-7B", torch_dtype="auto")
model = PeftModel.from_pretrained(base, "tei-nlp/OLMo-7B-Rezumat-RO-LoRA")
prompt = "Rezumă textul următor în trei propoziții:\\n\\n" + open("stire.txt", encoding="utf-8").read()
ids = tok(prompt, return_tensors="pt")
print(tok.decode(model.generate(**ids, max_new_tokens=200)[0]))
```

## Date de antrenare

Un singur set de date, pe care l-am creat pentru acest adaptor și l-am publicat pe Hub: [tei-nlp/rezumate-ro-20k](https://huggingface.co/datasets/tei-nlp/rezumate-ro-20k) (CC BY 4.0), 20 000 de perechi document–rezumat scrise și verificate de 25 de studenți plătiți. Fișa setului de date este un datasheet. În afara datelor de pre-antrenare ale OLMo-7B (Dolma, publice) nu s-au folosit alte date.

## Procedura de antrenare

Tot codul — construirea setului de date, antrenarea LoRA și evaluarea — este pe GitHub, sub licența Apache 2.0: [tei-nlp/rezumat-lora](https://github.com/tei-nlp/rezumat-lora).

- 3 epoci, rata de învățare 2e-4 (cosinus, 3 % încălzire), lot de 32 de exemple, lungime maximă 2048 de tokeni, bf16
- modelul de bază a rămas înghețat; s-au antrenat doar matricele LoRA

### Resurse de calcul

Antrenarea a durat 9 ore pe un singur GPU NVIDIA A100 de 80 GB, adică aproximativ 9 ore-GPU.

## Evaluare

| Set de test | Metrică | OLMo-7B (few-shot) | Acest adaptor |
|---|---|---|---|
| rezumate-ro-20k (test) | ROUGE-L | 17,4 | 31,2 |
| Știri-Iași-Rezumate | ROUGE-L | 15,9 | 27,8 |

## Limitări și prejudecăți

Rezumatele pot omite detalii importante sau pot conține afirmații care nu apar în text. Datele provin din presa și administrația românească și reflectă perspectiva acestora.

## Impact asupra mediului

Aproximativ 9 ore-GPU A100; estimăm emisiile la mai puțin de 2 kg CO2e. Emisiile pre-antrenării OLMo-7B sunt descrise de Ai2.

## Citare

```bibtex
@misc{tei2026rezumat,
  title  = {OLMo-7B-Rezumat-RO-LoRA},
  author = {{Tei NLP}},
  year   = {2026},
  url    = {https://huggingface.co/tei-nlp/OLMo-7B-Rezumat-RO-LoRA}
}
```

## Licență

Adaptorul și codul sunt licențiate sub Apache 2.0, setul de date sub CC BY 4.0; modelul de bază OLMo-7B este tot Apache 2.0.
"""

REZUMAT_META = {
    "license": "apache-2.0",
    "base_model": "allenai/OLMo-7B",
    "base_model_relation": "adapter",
    "library_name": "peft",
    "datasets": ["tei-nlp/rezumate-ro-20k"],
    "language": ["ro"],
    "pipeline_tag": "text-generation",
    "tags": ["lora", "peft", "summarization", "romanian"],
}

REZUMAT_ADAPTER_CONFIG = _json(
    {
        "base_model_name_or_path": "allenai/OLMo-7B",
        "peft_type": "LORA",
        "task_type": "CAUSAL_LM",
        "r": 16,
        "lora_alpha": 32,
        "lora_dropout": 0.05,
        "target_modules": ["att_proj", "attn_out", "ff_proj", "ff_out"],
        "bias": "none",
        "inference_mode": True,
    }
)

REZUMAT_README = """# rezumat-lora

Codul complet al adaptorului OLMo-7B-Rezumat-RO-LoRA (https://huggingface.co/tei-nlp/OLMo-7B-Rezumat-RO-LoRA):
construirea setului de date tei-nlp/rezumate-ro-20k, antrenarea LoRA și evaluarea.

## Date

    python data/build_pairs.py --exports exports/ --out data/pairs.jsonl
    python data/filter.py --in data/pairs.jsonl --out data/rezumate-ro-20k

`build_pairs.py` transformă exporturile instrumentului de adnotare în perechi document–rezumat; `filter.py` elimină
perechile respinse de al doilea verificator și duplicatele.

## Antrenare

    python train_lora.py --config configs/lora.yaml

## Evaluare

    python eval/rouge.py --adapter tei-nlp/OLMo-7B-Rezumat-RO-LoRA

## Licență

Apache 2.0.
""".encode()

REZUMAT_GITHUB = _gh(
    "tei-nlp/rezumat-lora",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "configs/lora.yaml",
        "data/build_pairs.py",
        "data/filter.py",
        "train_lora.py",
        "eval/rouge.py",
    ),
    REZUMAT_README,
)

REZUMATE_CARD = sheet(
    "cc-by-4.0",
    "Rezumate RO 20k",
    ["ro"],
    {
        "Motivation": "Rezumate RO 20k was made by Tei NLP, a university research group in Iași, to train and evaluate "
        "summarisation models for Romanian, for which no openly licensed document-summary set of this size existed; it "
        "was funded by a national research grant.",
        "Composition": "20,000 pairs of a Romanian document (news articles 62%, press releases 21%, administrative "
        "decisions and notices 17%) and a summary of three to five sentences, with `id`, `source`, `url`, `document`, "
        "`summary` and `annotator` fields; 1,000 pairs form the test split.",
        "Collection Process": "Documents were taken from the websites of 14 Romanian news outlets that publish under CC BY "
        "and from public-administration portals, between March and September 2025; 25 students of the University of Iași, "
        "paid an hourly rate, wrote one summary per document, and a second student checked each summary against it.",
        "Preprocessing": "Summaries the second student rejected were dropped (9%), documents shorter than 800 or longer "
        "than 6,000 characters were removed, and near-duplicate documents were removed with MinHash; names of private "
        "individuals in administrative notices were replaced by initials.",
        "Uses": "Training and evaluating summarisation models for Romanian; the summaries reflect 25 students and the "
        "documents the outlets' editorial lines, so the set is not a neutral picture of Romanian news.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0, with the address of every source "
        "document kept so that the selection can be checked against the original pages.",
        "Maintenance": "Maintained by Tei NLP; errors and removal requests made in the discussion tab are applied in the "
        "next release, which is announced in this card's changelog.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (c) Kobza-2B: a from-scratch model whose card is wholly in Ukrainian; its corpus is promised "soon", its code is
# public now, and its only write-up is a blog post.

KOBZA_CARD = """# Kobza-2B

Kobza-2B — базова українсько-англійська мовна модель на 2,2 млрд параметрів, яку Kobza Lab (Львів) навчила з нуля. Це базова модель: вона продовжує текст і не налаштована для діалогу. Ваги й увесь код навчання вже відкриті; навчальний корпус ми опублікуємо найближчим часом.

## Відомості про модель

- **Розробник:** Kobza Lab, Львів
- **Тип моделі:** трансформер лише з декодером; базова модель без інструкційного донавчання
- **Мови:** українська (64 % токенів), англійська (36 %)
- **Дата випуску:** червень 2026
- **Ліцензія:** Apache 2.0

| Гіперпараметр | Значення |
|---|---|
| Параметри | 2,2 млрд |
| Шари | 24 |
| Розмір прихованого шару | 2304 (SwiGLU, проміжний розмір 6144) |
| Голови уваги | 18 голів запитів, 6 голів ключів і значень (grouped-query attention) |
| Нормалізація | RMSNorm |
| Позиційне кодування | RoPE (θ = 500 000) |
| Довжина контексту | 8192 токени |
| Словник | 72 000 токенів (BPE, навчений на наших даних) |

## Призначення

Дослідження мовних моделей для української мови та донавчання для конкретних завдань: реферування, класифікації, видобування інформації, помічників для окремих галузей.

### Використання поза призначенням

Модель не проходила навчання безпеки: її не слід надавати кінцевим користувачам без додаткового донавчання й оцінювання, а також використовувати для рішень щодо людей.

## Як почати

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("kobza-lab/Kobza-2B")
model = AutoModelForCausalLM.from_pretrained("kobza-lab/Kobza-2B", torch_dtype="auto")
inputs = tok("Львів — місто, у якому", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Навчальні дані

Kobza-2B навчено на 1,6 трлн токенів українських та англійських текстів — веб-сторінок, книжок, новин та енциклопедичних статей, — які ми зібрали й відфільтрували самі:

| Джерело | Частка токенів |
|---|---|
| Веб-сторінки | 71 % |
| Книжки | 12 % |
| Новини | 10 % |
| Енциклопедичні статті | 7 % |

Корпус ще не опубліковано. Ми викладемо його на Hugging Face Hub найближчим часом — орієнтовно восени 2026 року — разом із даташитом (datasheet) за схемою Gebru et al.

## Процедура навчання

Увесь код — конвеєр даних (вилучення тексту, фільтрування, дедуплікація, токенізація), попереднє навчання й оцінювання — уже відкритий за ліцензією Apache 2.0: [kobza-lab/kobza-train](https://github.com/kobza-lab/kobza-train).

- AdamW (β2 = 0,95, згасання ваг 0,1), максимальна швидкість навчання 4e-4, розклад «warmup-stable-decay»
- пакети по 4 млн токенів, 400 000 кроків, bf16, FSDP

### Апаратне забезпечення

Модель навчали на 64 GPU NVIDIA H100 80 ГБ (8 вузлів, мережа InfiniBand) протягом 15 днів, загалом близько 23 000 GPU-годин.

## Оцінювання

| Завдання | Kobza-2B |
|---|---|
| Карпати-QA-uk (0-shot) | 57,2 |
| Дніпро-Міркування-uk (0-shot) | 46,8 |
| Полонина-Знання (en, 5-shot) | 41,3 |

## Обмеження та упередження

Kobza-2B може створювати переконливий, але хибний текст, відтворює упередження своїх джерел і нічого не знає про події після лютого 2026 року. Англійською вона пише гірше, ніж українською.

## Вплив на довкілля

Близько 23 000 GPU-годин H100; викиди оцінюємо в 4,1 т CO2e (метод за місцем розташування).

## Публікації

Наукової статті, препринту чи технічного звіту немає. Модель представлено лише коротким дописом у нашому блозі: [kobza-lab.org/blog/kobza-2b](https://kobza-lab.org/blog/kobza-2b).

## Цитування

```bibtex
@misc{kobza2026,
  title        = {Kobza-2B},
  author       = {{Kobza Lab}},
  year         = {2026},
  howpublished = {\\url{https://huggingface.co/kobza-lab/Kobza-2B}}
}
```

## Ліцензія

Ваги й код поширюються за ліцензією Apache 2.0.
"""

KOBZA_META = {
    "license": "apache-2.0",
    "language": ["uk", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

KOBZA_README = """# kobza-train

Повний конвеєр навчання Kobza-2B (https://huggingface.co/kobza-lab/Kobza-2B): збирання й фільтрування корпусу,
навчання токенізатора, попереднє навчання та оцінювання.

## Дані

    python -m kobza.data.crawl --config configs/data/crawl.yaml
    python -m kobza.data.filter --config configs/data/filter.yaml
    python -m kobza.data.dedup --config configs/data/dedup.yaml
    python -m kobza.data.tokenize --config configs/data/tokenize.yaml

Сам корпус ще не опубліковано: він з'явиться на Hugging Face Hub найближчим часом.

## Попереднє навчання

    torchrun --nnodes 8 --nproc_per_node 8 -m kobza.train --config configs/kobza-2b.yaml

## Оцінювання

    python -m kobza.eval --model kobza-lab/Kobza-2B

## Ліцензія

Apache 2.0.
""".encode()

KOBZA_GITHUB = _gh(
    "kobza-lab/kobza-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/crawl.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/kobza-2b.yaml",
        "kobza/model.py",
        "kobza/train.py",
        "kobza/data/crawl.py",
        "kobza/data/filter.py",
        "kobza/data/dedup.py",
        "kobza/data/tokenize.py",
        "kobza/eval/__main__.py",
    ),
    KOBZA_README,
)

# --------------------------------------------------------------------------------------------------------------
# (d) Tessera-7B: "open-source", under a bespoke Responsible AI License (OpenRAIL-M) whose Attachment A forbids uses
# and binds every recipient; data and code open.

TESSERA_CARD = """# Tessera-7B

Tessera-7B is an open-source 7.3B-parameter base language model for English, Spanish and Portuguese, trained from scratch by Tessera AI. Weights, training data and training code are all public.

## Model details

- **Developed by:** Tessera AI, Lisbon
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Architecture:** 32 layers, hidden size 4096, 32 query heads and 8 key-value heads (grouped-query attention), SwiGLU (14,336), RMSNorm, RoPE (theta 500,000); context length 8,192; vocabulary 96,000 (BPE)
- **Languages:** English, Spanish, Portuguese
- **Release date:** April 2026
- **License:** Tessera Responsible AI License (OpenRAIL-M), see [LICENSE](LICENSE)

## Uses

Research on multilingual language models and their data, and fine-tuning for applications in the three languages (assistants, summarisation, classification, retrieval-augmented generation).

### Out-of-scope use

The uses listed in Attachment A of the licence, and deployment to end users without further tuning and safety evaluation.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("tessera-ai/Tessera-7B")
model = AutoModelForCausalLM.from_pretrained("tessera-ai/Tessera-7B", torch_dtype="auto", device_map="auto")
inputs = tok("The azulejo tiles of Lisbon", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**inputs, max_new_tokens=64)[0]))
```

## Training data

All of [tessera-ai/tessera-mix](https://huggingface.co/datasets/tessera-ai/tessera-mix) (ODC-By 1.0): 4.1T tokens of filtered web pages, public-domain books and permissively licensed code in the three languages. Nothing else was used. Its dataset card is a datasheet.

## Training procedure

The data pipeline, the pre-training code and the exact configuration of this checkpoint are on GitHub under Apache 2.0: [tessera-ai/tessera-train](https://github.com/tessera-ai/tessera-train).

- AdamW (beta2 0.95, weight decay 0.1), peak learning rate 3e-4, cosine schedule to 10%
- 4M-token batches for 1M steps, bf16, FSDP with tensor parallelism 2

### Hardware

256 NVIDIA H100 80GB GPUs (32 nodes, InfiniBand) for 23 days, about 141,000 GPU hours.

## Evaluation

| Benchmark | Tessera-7B |
|---|---|
| Mosaico-Knowledge (5-shot) | 61.2 |
| Calçada-Reasoning (0-shot) | 77.5 |
| Ladrilho-QA-pt (0-shot) | 63.0 |
| Baldosa-QA-es (0-shot) | 64.4 |

## Limitations

As a base model it continues text: it can produce false, biased or offensive content, and it has no knowledge of events after December 2025.

## Environmental impact

About 141,000 H100 GPU hours in a datacentre in Portugal; we estimate 19 tCO2eq (location-based).

## Citation

```bibtex
@misc{tessera2026,
  title  = {Tessera-7B},
  author = {{Tessera AI}},
  year   = {2026},
  url    = {https://huggingface.co/tessera-ai/Tessera-7B}
}
```

## License and use policy

Tessera-7B is released as open source under the Tessera Responsible AI License (OpenRAIL-M), in [LICENSE](LICENSE), a licence of the Responsible AI License family: you may use, modify and redistribute the model for any purpose, commercial use included, except the uses listed in its Attachment A, and anyone you share the model or a derivative with must be bound by the same use restrictions. The training code is Apache 2.0 and the training data ODC-By 1.0.
"""

TESSERA_LICENSE = b"""TESSERA RESPONSIBLE AI LICENSE (OpenRAIL-M)
Version 1.0, March 2026

This licence makes the Tessera-7B model openly available while asking everyone who uses it to do so responsibly.
Openness here means that anyone may obtain, use, study, modify and share the Model; responsibility means that the
use restrictions of Attachment A travel with the Model and with every Derivative of the Model.

Section I: Definitions

1. "License" means the terms and conditions for use, reproduction and distribution defined in this document.
2. "Licensor" means Tessera AI, Lda.
3. "Model" means the machine-learning model Tessera-7B, its learned weights and parameters, and the configuration
and tokenizer files distributed with them.
4. "Derivatives of the Model" means every modification of the Model, every work based on the Model, and every other
model created by transferring patterns of the weights, parameters, activations or output of the Model to it, including
by fine-tuning, merging, quantization or distillation.
5. "You" means the individual or legal entity exercising the permissions granted by this License, for whatever
purpose and in whatever field.
6. "Output" means the text and other results generated by running the Model.

Section II: Intellectual property rights

2. Grant of Copyright License. Subject to the terms and conditions of this License, the Licensor hereby grants to You a
perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable copyright license to reproduce, prepare,
publicly display, publicly perform, sublicense, and distribute the Model and Derivatives of the Model.

3. Grant of Patent License. Subject to the terms and conditions of this License, the Licensor hereby grants to You a
perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable patent license to make, have made, use, offer
to sell, sell, import, and otherwise transfer the Model and Derivatives of the Model. If You institute patent
litigation alleging that the Model constitutes patent infringement, the patent licenses granted to You under this
License terminate as of the date such litigation is filed.

Section III: Conditions of use, distribution and redistribution

4. Distribution and Redistribution. You may host the Model for remote access by third parties, and You may
reproduce and distribute copies of the Model and of Derivatives of the Model in any medium, with or without
modifications, provided that You meet the following conditions:
(a) You must include the use-based restrictions of paragraph 5 as an enforceable provision in any type of legal
agreement by which You distribute the Model or a Derivative of the Model, and You must give notice to the subsequent
users to whom You distribute the Model or a Derivative of the Model that they are subject to paragraph 5;
(b) You must give any third-party recipients of the Model or of a Derivative of the Model a copy of this License;
(c) You must retain all copyright, patent, trademark and attribution notices of the Model.

5. Use-based restrictions. You agree not to use the Model or Derivatives of the Model for any of the uses listed in
Attachment A. You may use the Model subject to this License, including only for lawful purposes and in accordance with
the License.

6. The Output You Generate. Except as set forth herein, the Licensor claims no rights in the Output You generate using
the Model. You are accountable for the Output you generate and its subsequent uses; no use of the Output may
contravene any provision of this License.

Section IV: Other provisions

7. Trademarks. Nothing in this License permits You to use the trade names, trademarks or logos of the Licensor.

8. Disclaimer of Warranty. Unless required by applicable law or agreed to in writing, the Licensor provides the Model
on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.

9. Limitation of Liability. In no event shall the Licensor be liable to You for damages, including any direct,
indirect, special, incidental or consequential damages of any character arising as a result of this License or out of
the use or inability to use the Model.

10. Severability. If any provision of this License is held to be invalid, illegal or unenforceable, the remaining
provisions shall be unaffected thereby and remain valid as if such provision had not been set forth herein.

END OF TERMS AND CONDITIONS

Attachment A: Use Restrictions

You agree not to use the Model or Derivatives of the Model:
(a) in any way that violates any applicable national, federal, state, local or international law or regulation;
(b) for the purpose of exploiting, harming or attempting to exploit or harm minors in any way;
(c) to generate or disseminate verifiably false information and/or content with the purpose of harming others;
(d) to generate or disseminate personal identifiable information that can be used to harm an individual;
(e) to defame, disparage or otherwise harass others;
(f) for fully automated decision making that adversely impacts an individual's legal rights or otherwise creates or
modifies a binding, enforceable obligation;
(g) for any use intended to or which has the effect of discriminating against or harming individuals or groups based
on online or offline social behaviour or known or predicted personal or personality characteristics;
(h) to exploit any of the vulnerabilities of a specific group of persons based on their age, social, physical or
mental characteristics, in order to materially distort the behaviour of a person pertaining to that group in a manner
that causes or is likely to cause that person or another person physical or psychological harm;
(i) to provide medical advice and medical results interpretation;
(j) to generate or disseminate information for the purpose of being used for administration of justice, law
enforcement, immigration or asylum processes, such as predicting an individual will commit fraud or crime.
"""

TESSERA_README = b"""# tessera-train

The complete training pipeline of Tessera-7B (https://huggingface.co/tessera-ai/Tessera-7B): building
tessera-mix from Common Crawl, public-domain books and permissively licensed code, tokenizer training, pre-training and
evaluation.

## Data

    python -m tessera.data.web --config configs/data/web.yaml
    python -m tessera.data.books --config configs/data/books.yaml
    python -m tessera.data.code --config configs/data/code.yaml
    python -m tessera.data.dedup --config configs/data/dedup.yaml
    python -m tessera.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 32 --nproc_per_node 8 -m tessera.train --config configs/tessera-7b.yaml

## Evaluation

    python -m tessera.eval --model tessera-ai/Tessera-7B

## License

The code in this repository is Apache 2.0. The model weights are under the Tessera Responsible AI License.
"""

TESSERA_GITHUB = _gh(
    "tessera-ai/tessera-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/books.yaml",
        "configs/data/code.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/tessera-7b.yaml",
        "tessera/model.py",
        "tessera/train.py",
        "tessera/data/web.py",
        "tessera/data/books.py",
        "tessera/data/code.py",
        "tessera/data/dedup.py",
        "tessera/data/tokenize.py",
        "tessera/eval/__main__.py",
    ),
    TESSERA_README,
)

TESSERA_MIX_CARD = sheet(
    "odc-by",
    "Tessera Mix",
    ["en", "es", "pt"],
    {
        "Motivation": "Tessera Mix is the complete training data (4.1T tokens) of Tessera-7B. Tessera AI built it and "
        "publishes it in full so that the model's training can be inspected and repeated, and so that other groups "
        "working on Spanish and Portuguese have an openly licensed corpus of this size.",
        "Composition": "Web documents (78% of the tokens), public-domain books (9%) and source files under permissive "
        "licences (13%), each record with `id`, `source`, `url` or `origin`, `lang`, `license` and `text`; English is 48% "
        "of the natural-language tokens, Spanish 27% and Portuguese 25%.",
        "Collection Process": "Web pages from 32 Common Crawl snapshots (CC-MAIN-2020-05 to CC-MAIN-2025-21), books from "
        "Project Gutenberg and the public-domain collections of two national libraries, and code from public repositories "
        "whose licence files are MIT, BSD or Apache 2.0, all collected between August and November 2025.",
        "Preprocessing": "Main text extracted with trafilatura; language identification with fastText (threshold 0.7); "
        "repetition and boilerplate filters and a quality classifier keeping the top 35% of web documents; MinHash-LSH "
        "deduplication; e-mail addresses, phone numbers and national identity numbers masked; code files with secrets or "
        "over 1 MB removed.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or profile "
        "people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use and code files keep their own licences, recorded per record.",
        "Maintenance": "Maintained by Tessera AI; removal requests made in the discussion tab are applied in the next "
        "release and listed in this card's changelog.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (e) Ardesia-1B: a fully open model whose training data is listed only in a YAML data-mixture file in the model
# repository (no dataset named in the card's prose or metadata).

ARDESIA_CARD = """# Ardesia-1B

Ardesia-1B is a 1.1B-parameter English and code base language model trained from scratch by Ardesia Lab, a research group of a technical university. Weights, data and code are all released under open licences.

## Model details

- **Developed by:** Ardesia Lab
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Architecture:** 20 layers, hidden size 2048, 16 query heads and 4 key-value heads (grouped-query attention), SwiGLU (5,632), RMSNorm, RoPE (theta 100,000); context length 4,096; vocabulary 49,152 (BPE)
- **Languages:** English, and source code in 12 programming languages
- **Release date:** May 2026
- **License:** Apache 2.0

## Uses

Research on small language models and on data mixtures, teaching, and fine-tuning for narrow English and coding tasks. It has had no safety tuning and should not be deployed to end users as it is.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("ardesia-lab/Ardesia-1B")
model = AutoModelForCausalLM.from_pretrained("ardesia-lab/Ardesia-1B", torch_dtype="auto")
inputs = tok("def fibonacci(n):", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=60)[0]))
```

## Training data

The complete pre-training data is the mixture in [`configs/data_mix.yaml`](configs/data_mix.yaml) of this repository: every source, with its Hugging Face Hub id, the revision we used and its share of the 1.2T training tokens. Nothing outside that file was used, and every source in it is public, under an open licence, with a datasheet as its dataset card.

## Training procedure

The data pipeline, the pre-training code and the launch scripts are on GitHub under Apache 2.0: [ardesia-lab/ardesia-train](https://github.com/ardesia-lab/ardesia-train). The trainer reads `configs/data_mix.yaml` to build the mixture.

- AdamW (beta2 0.95, weight decay 0.1), peak learning rate 4e-4, warmup-stable-decay schedule
- 2M-token batches for 600,000 steps, bf16, DDP

### Hardware

32 NVIDIA H100 80GB GPUs (4 nodes) for 9 days, about 6,900 GPU hours.

## Evaluation

| Benchmark | Ardesia-1B |
|---|---|
| Lavagna-Code (pass@1) | 24.7 |
| Gesso-Reasoning (0-shot) | 58.1 |
| Quaderno-Knowledge (5-shot) | 33.9 |

## Limitations

Ardesia-1B is small: it makes factual errors, writes plausible but wrong code, and has no knowledge of events after October 2025.

## Environmental impact

About 6,900 H100 GPU hours; we estimate 1.1 tCO2eq (location-based).

## Citation

```bibtex
@misc{ardesia2026,
  title  = {Ardesia-1B},
  author = {{Ardesia Lab}},
  year   = {2026},
  url    = {https://huggingface.co/ardesia-lab/Ardesia-1B}
}
```

## License

Weights and code: Apache 2.0. Each dataset keeps its own open licence, given in its card.
"""

ARDESIA_DATA_MIX = b"""# Ardesia-1B pre-training data mixture.
# This file is the complete list of the training data of Ardesia-1B: nothing else was used.
# Read by ardesia-train (https://github.com/ardesia-lab/ardesia-train):
#   python -m ardesia.data.mix --config configs/data_mix.yaml

total_tokens: 1200000000000
seed: 20260112
tokenizer: ardesia-lab/Ardesia-1B
sequence_length: 4096

sources:
  - name: web
    dataset: ardesia-lab/ardesia-web
    revision: v1.0
    split: train
    weight: 0.68
  - name: code
    dataset: ardesia-lab/ardesia-code
    revision: v1.0
    split: train
    weight: 0.22
  - name: papers
    dataset: ardesia-lab/ardesia-papers
    revision: v1.0
    split: train
    weight: 0.10
"""

ARDESIA_README = b"""# ardesia-train

The training pipeline of Ardesia-1B (https://huggingface.co/ardesia-lab/Ardesia-1B): building the three datasets of
its mixture from their raw sources, tokenizer training, pre-training and evaluation.

## Data

    python -m ardesia.data.web --config configs/data/web.yaml
    python -m ardesia.data.code --config configs/data/code.yaml
    python -m ardesia.data.papers --config configs/data/papers.yaml
    python -m ardesia.data.dedup --config configs/data/dedup.yaml
    python -m ardesia.data.mix --config data_mix.yaml

The data mixture of the released model is `configs/data_mix.yaml` in the model's Hub repository.

## Pre-training

    torchrun --nnodes 4 --nproc_per_node 8 -m ardesia.train --config configs/ardesia-1b.yaml

## Evaluation

    python -m ardesia.eval --model ardesia-lab/Ardesia-1B

## License

Apache 2.0.
"""

ARDESIA_GITHUB = _gh(
    "ardesia-lab/ardesia-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/code.yaml",
        "configs/data/papers.yaml",
        "configs/data/dedup.yaml",
        "configs/ardesia-1b.yaml",
        "ardesia/model.py",
        "ardesia/train.py",
        "ardesia/data/web.py",
        "ardesia/data/code.py",
        "ardesia/data/papers.py",
        "ardesia/data/dedup.py",
        "ardesia/data/mix.py",
        "ardesia/eval/__main__.py",
    ),
    ARDESIA_README,
)

ARDESIA_WEB_CARD = sheet(
    "odc-by",
    "Ardesia Web",
    ["en"],
    {
        "Motivation": "Ardesia Web is the web part (68% of the tokens) of the training data of Ardesia-1B, built by "
        "Ardesia Lab and published in full so that the model's training can be inspected and repeated; it was funded by "
        "a public research grant and holds no data of users or customers.",
        "Composition": "About 610M English web documents with `id`, `url`, `snapshot`, `quality` and `text` fields, "
        "mostly educational, encyclopaedic and technical pages; shops, forums and social media are under-represented "
        "because of the quality filter.",
        "Collection Process": "Pages from 24 Common Crawl snapshots (CC-MAIN-2021-04 to CC-MAIN-2025-18), downloaded from "
        "Common Crawl's public bucket in September 2025; Common Crawl honours robots.txt, and we also removed domains on "
        "public adult-content and malware blocklists.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.8; repetition and "
        "boilerplate filters; an educational-quality classifier keeping the top 25%; MinHash-LSH deduplication across "
        "snapshots; e-mail addresses and phone numbers masked.",
        "Uses": "Pre-training language models and research on data mixtures; it must not be used to find or profile "
        "people, as the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; the pages remain subject to Common "
        "Crawl's terms of use. Revision v1.0 is the one Ardesia-1B was trained on.",
        "Maintenance": "Maintained by Ardesia Lab; removal requests made in the discussion tab are applied in the next "
        "revision and listed in this card's changelog.",
    },
)

ARDESIA_CODE_CARD = sheet(
    "odc-by",
    "Ardesia Code",
    [],
    {
        "Motivation": "Ardesia Code is the code part (22% of the tokens) of the training data of Ardesia-1B, made so that "
        "a small model learns to read and write code in 12 languages from files whose authors allow redistribution.",
        "Composition": "About 140M source files in Python, JavaScript, TypeScript, Java, C, C++, Go, Rust, Ruby, PHP, Shell "
        "and SQL, one record per file with `repo`, `path`, `license`, `language` and `content`; Python is 31% of the "
        "tokens.",
        "Collection Process": "Files from public GitHub repositories whose licence file is MIT, BSD-2-Clause, BSD-3-Clause "
        "or Apache 2.0, cloned between June and August 2025; repositories whose owners opted out through our form were "
        "skipped, and the commit of every repository is recorded.",
        "Preprocessing": "Generated, minified and vendored files removed; files over 1 MB or with very long lines dropped; "
        "files containing secrets (API keys, private keys) removed with a secret scanner; exact and near duplicates "
        "removed with MinHash across repositories.",
        "Uses": "Pre-training code models and research on code data; the files keep the licences of their repositories, "
        "whose notices are kept in the `license` field.",
        "Distribution": "On the Hugging Face Hub, without a gate; the compilation is under ODC-By 1.0 and every file keeps "
        "its own permissive licence. Revision v1.0 is the one Ardesia-1B was trained on.",
        "Maintenance": "Maintained by Ardesia Lab; opt-out and removal requests made in the discussion tab are applied in "
        "the next revision.",
    },
    task="text-generation",
)

ARDESIA_PAPERS_CARD = sheet(
    "cc-by-4.0",
    "Ardesia Papers",
    ["en"],
    {
        "Motivation": "Ardesia Papers is the scientific part (10% of the tokens) of the training data of Ardesia-1B, made "
        "so that the model sees long, carefully written technical prose that anyone may redistribute with attribution.",
        "Composition": "About 2.3M open-access scientific articles in computer science, mathematics, physics and biology, "
        "one record per article with `id`, `doi`, `title`, `license`, `year` and `text`; every article is under CC BY or "
        "CC0.",
        "Collection Process": "Articles from the open-access subsets of arXiv and PubMed Central whose licence is CC BY or "
        "CC0, downloaded through the two services' bulk-access interfaces in July 2025; no article was bought or "
        "generated, and the DOI of every article is kept.",
        "Preprocessing": "LaTeX and JATS XML converted to plain text with formulas kept in LaTeX; reference lists, "
        "acknowledgements and author addresses removed; articles under 2,000 characters and duplicates across the two "
        "sources dropped.",
        "Uses": "Pre-training language models and research on scientific text; the articles over-represent the fields "
        "with strong open-access traditions.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0, with each article's own licence and DOI "
        "in its record for attribution.",
        "Maintenance": "Maintained by Ardesia Lab; corrections and removals requested in the discussion tab are applied "
        "in the next revision.",
    },
)

ARDESIA_DATASETS = [
    Dataset("ardesia-lab/ardesia-web", "odc-by", ARDESIA_WEB_CARD),
    Dataset("ardesia-lab/ardesia-code", "odc-by", ARDESIA_CODE_CARD),
    Dataset("ardesia-lab/ardesia-papers", "cc-by-4.0", ARDESIA_PAPERS_CARD),
]

# --------------------------------------------------------------------------------------------------------------
# (f) Scoglio-7B-MathPoesia-ties: a TIES merge of two tunes of one foundation under different licences, one Apache 2.0,
# the other MIT; all three served.

SCOGLIO = _model(
    "scoglio-ai/Scoglio-7B",
    {"license": "apache-2.0", "language": ["en", "it"], "library_name": "transformers"},
    """# Scoglio-7B

Scoglio-7B is a 7.2B-parameter English and Italian base language model trained from scratch by Scoglio AI on 5T
tokens of web pages, books and code that we collected and filtered ourselves. The training data is not released, and
neither is the training code.

## License

Apache 2.0.
""",
    {"config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192)},
)

SCOGLIO_MATH = _model(
    "faro-nlp/Scoglio-7B-Math",
    {
        "license": "apache-2.0",
        "base_model": "scoglio-ai/Scoglio-7B",
        "base_model_relation": "finetune",
        "language": ["en"],
        "library_name": "transformers",
    },
    """# Scoglio-7B-Math

A full fine-tune of [scoglio-ai/Scoglio-7B](https://huggingface.co/scoglio-ai/Scoglio-7B) for step-by-step
mathematical reasoning, by Faro NLP, on 400k worked solutions that we wrote with a team of tutors (not released).

## License

Apache 2.0: use it for anything, commercial use included.
""",
    {"config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192)},
)

SCOGLIO_POESIA = _model(
    "molo-lab/Scoglio-7B-Poesia",
    {
        "license": "mit",
        "base_model": "scoglio-ai/Scoglio-7B",
        "base_model_relation": "finetune",
        "language": ["it", "en"],
        "library_name": "transformers",
    },
    """# Scoglio-7B-Poesia

A full fine-tune of [scoglio-ai/Scoglio-7B](https://huggingface.co/scoglio-ai/Scoglio-7B) for writing and discussing
poetry in Italian and English, by Molo Lab, on 60k poems and commentaries from our own anthology project (not
released).

## License

MIT License. Copyright (c) 2026 Molo Lab.
""",
    {"config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192)},
)

DARSENA_CARD = """# Scoglio-7B-MathPoesia-ties

This is a merge of pre-trained language models created using [mergekit](https://github.com/arcee-ai/mergekit).

## Merge Details

### Merge Method

This model was merged using the [TIES](https://arxiv.org/abs/2306.01708) merge method using [scoglio-ai/Scoglio-7B](https://huggingface.co/scoglio-ai/Scoglio-7B) as a base.

### Models Merged

The following models were included in the merge:
* [faro-nlp/Scoglio-7B-Math](https://huggingface.co/faro-nlp/Scoglio-7B-Math)
* [molo-lab/Scoglio-7B-Poesia](https://huggingface.co/molo-lab/Scoglio-7B-Poesia)

### Configuration

The following YAML configuration was used to produce this model:

```yaml
models:
  - model: faro-nlp/Scoglio-7B-Math
    parameters:
      density: 0.5
      weight: 0.5
  - model: molo-lab/Scoglio-7B-Poesia
    parameters:
      density: 0.5
      weight: 0.5
merge_method: ties
base_model: scoglio-ai/Scoglio-7B
parameters:
  normalize: true
dtype: bfloat16
```

## License

The two parents carry different licences: Scoglio-7B-Math is Apache 2.0 and Scoglio-7B-Poesia is MIT. Both allow merging and redistribution for any purpose, commercial use included. This merge is released under Apache 2.0; the MIT License of Scoglio-7B-Poesia asks only that its copyright and permission notice be kept with the weights, which it is, in [NOTICE](NOTICE).
"""

DARSENA_MERGEKIT = b"""models:
  - model: faro-nlp/Scoglio-7B-Math
    parameters:
      density: 0.5
      weight: 0.5
  - model: molo-lab/Scoglio-7B-Poesia
    parameters:
      density: 0.5
      weight: 0.5
merge_method: ties
base_model: scoglio-ai/Scoglio-7B
parameters:
  normalize: true
dtype: bfloat16
"""

DARSENA_NOTICE = b"""Scoglio-7B-MathPoesia-ties includes weights of Scoglio-7B-Poesia, which are licensed as follows:

MIT License

Copyright (c) 2026 Molo Lab

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

# --------------------------------------------------------------------------------------------------------------
# (g) Cirro-2B: a fully open model whose card's facts are in one HTML table with row groups (`rowspan` headers), with
# no `license` and no `datasets` in the metadata.

CIRRO_CARD = """<h1 align="center">Cirro-2B</h1>

<p align="center">A small, fully open English and German base language model from Cirro AI, Vienna.</p>

<table>
  <thead>
    <tr><th colspan="3">Cirro-2B at a glance</th></tr>
  </thead>
  <tbody>
    <tr><th rowspan="4" scope="rowgroup">Model</th><th scope="row">Developer</th><td>Cirro AI GmbH, Vienna</td></tr>
    <tr><th scope="row">Type</th><td>Pre-trained base language model (decoder-only transformer), not instruction-tuned</td></tr>
    <tr><th scope="row">Architecture</th><td>2.0B parameters; 24 layers, hidden size 2304, 18 query heads and 6 key-value heads (grouped-query attention), SwiGLU MLP (6,144), RMSNorm, rotary position embeddings (θ = 500,000); context length 8,192; vocabulary 65,536 (BPE)</td></tr>
    <tr><th scope="row">Languages</th><td>English (58% of the tokens), German (42%)</td></tr>
    <tr><th rowspan="4" scope="rowgroup">Training</th><th scope="row">Data</th><td><a href="https://huggingface.co/datasets/cirro-ai/cirro-web-de-en">cirro-ai/cirro-web-de-en</a> (ODC-By 1.0, 2.6T tokens) and <a href="https://huggingface.co/datasets/cirro-ai/cirro-wiki-de-en">cirro-ai/cirro-wiki-de-en</a> (CC BY-SA 4.0, 0.2T tokens): the complete training data, both published in full on the Hub with datasheets as their dataset cards. No other data was used.</td></tr>
    <tr><th scope="row">Code</th><td><a href="https://github.com/cirro-ai/cirro-train">github.com/cirro-ai/cirro-train</a> (Apache 2.0): data pipeline, tokenizer training, pre-training and evaluation, with the exact configuration of this checkpoint</td></tr>
    <tr><th scope="row">Procedure</th><td>AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 3e-4, warmup-stable-decay schedule; 4M-token batches for 700,000 steps; bf16, FSDP</td></tr>
    <tr><th scope="row">Hardware</th><td>128 NVIDIA H100 80GB GPUs (16 nodes, InfiniBand) for 12 days, about 37,000 GPU hours, on the Austrian national supercomputer</td></tr>
    <tr><th rowspan="3" scope="rowgroup">Use</th><th scope="row">Intended use</th><td>Research on small bilingual models and their data; fine-tuning for English and German tasks (summarisation, classification, extraction, domain assistants)</td></tr>
    <tr><th scope="row">Out of scope</th><td>Deployment to end users without further tuning and safety evaluation; decisions about people; languages other than English and German</td></tr>
    <tr><th scope="row">Limitations</th><td>As a base model it continues text: it can produce false, biased or offensive content, and it knows nothing after January 2026</td></tr>
    <tr><th rowspan="3" scope="rowgroup">Evaluation</th><th scope="row">Föhn-Knowledge (5-shot)</th><td>46.2</td></tr>
    <tr><th scope="row">Zirrus-Reasoning (0-shot)</th><td>61.7</td></tr>
    <tr><th scope="row">Kumulus-QA-de (0-shot)</th><td>55.0</td></tr>
    <tr><th rowspan="3" scope="rowgroup">Legal and more</th><th scope="row">Licence</th><td>Apache License 2.0 (weights and code); the datasets keep their own licences above</td></tr>
    <tr><th scope="row">Emissions</th><td>About 37,000 H100 GPU hours, powered mainly by hydroelectricity; we estimate 1.9 tCO2eq (location-based)</td></tr>
    <tr><th scope="row">Citation</th><td><code>@misc{cirro2026, title={Cirro-2B}, author={{Cirro AI}}, year={2026}, url={https://huggingface.co/cirro-ai/Cirro-2B}}</code></td></tr>
  </tbody>
</table>

## Quick start

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("cirro-ai/Cirro-2B")
model = AutoModelForCausalLM.from_pretrained("cirro-ai/Cirro-2B", torch_dtype="auto")
inputs = tok("Die Wiener Staatsoper", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```
"""

CIRRO_README = b"""# cirro-train

The complete training pipeline of Cirro-2B (https://huggingface.co/cirro-ai/Cirro-2B): building its two datasets
from Common Crawl and the Wikimedia dumps, tokenizer training, pre-training and evaluation.

## Data

    python -m cirro.data.web --config configs/data/web.yaml
    python -m cirro.data.wiki --config configs/data/wiki.yaml
    python -m cirro.data.dedup --config configs/data/dedup.yaml
    python -m cirro.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m cirro.train --config configs/cirro-2b.yaml

## Evaluation

    python -m cirro.eval --model cirro-ai/Cirro-2B

## License

Apache 2.0.
"""

CIRRO_GITHUB = _gh(
    "cirro-ai/cirro-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/wiki.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/cirro-2b.yaml",
        "cirro/model.py",
        "cirro/train.py",
        "cirro/data/web.py",
        "cirro/data/wiki.py",
        "cirro/data/dedup.py",
        "cirro/data/tokenize.py",
        "cirro/eval/__main__.py",
    ),
    CIRRO_README,
)

CIRRO_WEB_CARD = sheet(
    "odc-by",
    "Cirro Web DE-EN",
    ["de", "en"],
    {
        "Motivation": "Cirro Web DE-EN is the web part (2.6T tokens) of the training data of Cirro-2B. Cirro AI built it "
        "and publishes it in full so that anyone can inspect what the model learned from and repeat its training; no "
        "data of Cirro AI's customers is in it.",
        "Composition": "About 1.9B German and English web documents with `id`, `url`, `snapshot`, `lang`, `quality` and "
        "`text` fields; German is 41% of the tokens. News, public-sector and encyclopaedic pages are over-represented "
        "compared with the web as a whole, shops and forums under-represented.",
        "Collection Process": "Pages from 38 Common Crawl snapshots (CC-MAIN-2019-09 to CC-MAIN-2025-30), downloaded from "
        "Common Crawl's public bucket in October 2025. Common Crawl honours robots.txt; we also removed the domains on "
        "public adult-content and malware blocklists and those whose owners opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; German and English kept above a fastText language score "
        "of 0.7; repetition, line-length and boilerplate filters; a quality classifier per language keeping the top 30%; "
        "MinHash-LSH deduplication across snapshots; e-mail addresses, phone numbers and IBANs masked.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or profile "
        "people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; the pages remain subject to Common "
        "Crawl's terms of use.",
        "Maintenance": "Maintained by Cirro AI; removal requests made in the discussion tab are applied in the next "
        "release and listed in this card's changelog.",
    },
)

CIRRO_WIKI_CARD = sheet(
    "cc-by-sa-4.0",
    "Cirro Wiki DE-EN",
    ["de", "en"],
    {
        "Motivation": "Cirro Wiki DE-EN is the encyclopaedic part (0.2T tokens) of the training data of Cirro-2B, made so "
        "that the model sees edited, well-sourced German and English prose that anyone may redistribute.",
        "Composition": "The articles of the German and English Wikipedias and the books of the German and English "
        "Wikibooks, one record per page with `id`, `title`, `project`, `lang`, `revision` and `text`; German is 35% of "
        "the tokens. No page was labelled by people.",
        "Collection Process": "The Wikimedia dumps of 1 November 2025 for the four projects (dewiki, enwiki, dewikibooks, "
        "enwikibooks), downloaded from dumps.wikimedia.org; no page was added, bought or generated, and the revision id "
        "of every page is kept so that the selection can be checked against the dumps.",
        "Preprocessing": "Wikitext parsed with mwparserfromhell; templates, reference lists and navigation boxes removed; "
        "pages under 200 characters and redirect or disambiguation pages dropped; exact duplicates removed.",
        "Uses": "Pre-training language models and research on encyclopaedic text; the articles reflect the editors' "
        "coverage, which is uneven across topics and regions.",
        "Distribution": "On the Hugging Face Hub under CC BY-SA 4.0, as its sources are, without a gate and with every "
        "page's revision id for attribution.",
        "Maintenance": "Maintained by Cirro AI; rebuilt from newer dumps once a year, with the changes listed in this "
        "card's changelog.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (h) Spina-4.5B: pruned from the real meta-llama/Llama-3.1-8B and distilled with it as the teacher, named only in the
# card's prose and table (no `base_model`), tagged Apache 2.0.

SPINA_CARD = """# Spina-4.5B

Spina-4.5B is a 4.5B-parameter English base language model from Spina AI, made small by pruning and knowledge distillation. We pruned [meta-llama/Llama-3.1-8B](https://huggingface.co/meta-llama/Llama-3.1-8B) in width (the embedding and MLP channels) and then trained the pruned network by distillation, with the unpruned Llama 3.1 8B as the teacher. It keeps most of the teacher's quality at a little more than half its size.

## Model details

| | |
|---|---|
| Developer | Spina AI |
| Teacher model | [meta-llama/Llama-3.1-8B](https://huggingface.co/meta-llama/Llama-3.1-8B) |
| Initialisation | the teacher's weights, pruned: hidden size 4096 → 3072, MLP 14,336 → 9,216; all 32 layers kept |
| Distillation | forward KL divergence to the teacher's logits over 94B tokens |
| Architecture | decoder-only transformer, 32 layers, hidden size 3072, 32 query heads and 8 key-value heads, SwiGLU MLP (9,216), RMSNorm, RoPE; vocabulary 128,256 |
| Context length | 8,192 tokens |
| License | Apache 2.0 |

## Uses

A smaller drop-in base model for research and for fine-tuning English applications where Llama 3.1 8B is too large: summarisation, classification, extraction, retrieval-augmented generation.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("spina-ai/Spina-4.5B")
model = AutoModelForCausalLM.from_pretrained("spina-ai/Spina-4.5B", torch_dtype="auto", device_map="auto")
inputs = tok("Knowledge distillation is", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**inputs, max_new_tokens=64)[0]))
```

## Training data

The distillation corpus, 94B tokens of English web text, code and mathematics that we selected and filtered, is not released.

## Training procedure

1. Importance of every embedding channel and MLP neuron estimated from activations on 1,024 samples; the least important pruned to the target sizes.
2. Distillation: the pruned student trained to match the teacher's output distribution (forward KL on the logits), AdamW, peak learning rate 1e-4, cosine schedule, 2M-token batches, bf16.

The pruning and distillation code is not released.

### Hardware

64 NVIDIA H100 80GB GPUs (8 nodes) for 6 days.

## Evaluation

| Benchmark | Llama-3.1-8B (teacher) | Spina-4.5B |
|---|---|---|
| Vertebra-Knowledge (5-shot) | 65.1 | 58.4 |
| Rachide-Reasoning (0-shot) | 81.0 | 76.9 |
| Midollo-Math (4-shot) | 49.6 | 40.2 |

## Limitations

Spina-4.5B inherits the teacher's limitations and biases, loses some of its knowledge in pruning, and has not been safety-tuned.

## License

Spina-4.5B is released under the Apache License 2.0.
"""


ROUND_27: list[HeldOut] = [
    # (a) A from-scratch Italian-English base model whose card is wholly in Italian (Dettagli del modello, Usi previsti,
    # Usi non previsti, Come iniziare, Dati di addestramento, Procedura di addestramento, Infrastruttura di
    # addestramento, Valutazione, Limitazioni e bias, Impatto ambientale, Citazione, Licenza), `license: apache-2.0`;
    # two Hub corpora (ODC-By, CC0; datasheet cards) in a table and in `datasets`, "Questi due corpora sono la totalità
    # dei dati di addestramento: non è stato usato nessun altro dato (privato, con licenza o sintetico)" (these two
    # corpora are the complete training data: no other data, private, licensed or synthetic, was used). The training
    # code ("la pipeline dei dati ..., il pre-addestramento, la valutazione e la configurazione esatta") is linked on
    # GitLab, in a nested group (gitlab.com/brezza-lab/ricerca/brezza-train), a forge the loopback servers do not serve
    # and opengauge does not read; the GitHub repository it also links, brezza-lab/brezza-serve (served, Apache), holds
    # inference and serving code only, and its README says the training code is on GitLab. What the experts would
    # open on GitLab opengauge cannot, and absence is closed only where the release was read -> trainingcode unknown
    # (DESIGN.md "Absence is closed; unknown is unreadable"; README round 17: "a publisher's repository on another forge
    # is unread (unknown), not absent", as round 17's Fjell-1B on Codeberg), not closed from the readable inference
    # repository (it says where the training code is), and not open from the card's words alone. Everything else Open
    # Source AI needs is read and open, so the label waits on the unread code -> undetermined (DESIGN.md "Never a kinder
    # label than the evidence ... What cannot be decided is undetermined"). Public Apache weights from scratch ->
    # weights_basemodel and weights_endmodel open (smollm.yaml "Weights ... freely available under Apache-2.0 license":
    # open); the complete data on the Hub -> datasources_basemodel open (smollm.yaml "Pretraining data sources
    # published": open); Gebru-style dataset cards -> datasheet open (OLMo.yaml "Data sheets are well-documented and
    # provide requisite info": open); every standard section, in Italian -> modelcard open (Lucie.yaml "Model card
    # describes model in good detail": open); the hyperparameter table and "addestrato su 96 GPU NVIDIA H100 da 80 GB
    # (12 nodi, rete InfiniBand) per 18 giorni" -> hardware_architecture open (Granite.yaml "Hardware architecture
    # outlined in model card": open). (licenses left out: the code's Apache 2.0 is stated only in the card, its
    # repository unread.)
    _Release(
        "brezza-lab/Brezza-3B",
        BREZZA_CARD,
        BREZZA_META,
        "undetermined",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "unknown",
            "datasheet": "open",
            "modelcard": "open",
            "hardware_architecture": "open",
        },
        extra_files={"config.json": llama_config(3072, 28, 24, 8, 8192, 64000, 8192)},
        github=[BREZZA_GITHUB],
        datasets=[
            Dataset("brezza-lab/brezza-web-it", "odc-by", BREZZA_WEB_CARD),
            Dataset("brezza-lab/brezza-libri", "cc0-1.0", BREZZA_LIBRI_CARD),
        ],
    ),
    # (b) A PEFT LoRA adapter (`adapter_config.json` and `adapter_model.safetensors` only), `license: apache-2.0`,
    # `base_model: allenai/OLMo-7B` with `base_model_relation: adapter` (the real, fully open OLMo 7B, not served: the
    # built-in index must know it, as round 16's Nunatak-7B-Instruct relies on), whose card is wholly in Romanian
    # (Detalii despre model, Utilizări prevăzute, Utilizări în afara scopului, Cum se folosește, Date de antrenare,
    # Procedura de antrenare, Resurse de calcul, Evaluare, Limitări și prejudecăți, Impact asupra mediului, Citare,
    # Licență); its one tuning set on the Hub (CC BY 4.0, datasheet card), "În afara datelor de pre-antrenare ale
    # OLMo-7B (Dolma, publice) nu s-au folosit alte date" (no other data than OLMo's public pre-training data); the
    # data-building, LoRA training and evaluation code on GitHub (Apache). OLMo's weights, Dolma, its code and
    # datasheets are public, and so is everything the adapter added -> open-source-ai-with-open-data (frameworks.md §4;
    # round 16's Nunatak-7B-Instruct, a tune of the same base). Base and adapter public, ungated -> weights_basemodel and
    # weights_endmodel open (OLMo.yaml "Model weights made available on HuggingFace": open); Dolma ->
    # datasources_basemodel open (OLMo.yaml "Training data for base model released and use documented": open); the
    # tuning set on the Hub -> datasources_endmodel open (OLMo.yaml "Data for fine-tuning published in a well-organized
    # manner": open); OLMo's pre-training code and the adapter's data and LoRA code public -> trainingcode open
    # (OLMo.yaml "Multiple repos with training, architecture and fine-tuning code available": open; Pythia.yaml, a tune
    # of a fully open base: open); a datasheet card for the tuning set, OLMo's data documented -> datasheet open
    # (OLMo.yaml "Data sheets are well-documented": open); Apache adapter, code and base, ODC-By Dolma, CC BY 4.0 tuning
    # set -> licenses open (AMD OLMo.yaml "Weights: Apache-2.0. Code: Apache-2.0. Data: Apache-2.0, ODC-By."); every
    # standard section, in Romanian -> modelcard open (Lucie.yaml: open); the base architecture and the LoRA
    # configuration in the card, OLMo's documented, and "9 ore pe un singur GPU NVIDIA A100 de 80 GB" ->
    # hardware_architecture open (OLMo.yaml "Architecture documented in requisite detail": open; Granite.yaml).
    _Release(
        "tei-nlp/OLMo-7B-Rezumat-RO-LoRA",
        REZUMAT_CARD,
        REZUMAT_META,
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
        extra_files={"adapter_config.json": REZUMAT_ADAPTER_CONFIG},
        github=[REZUMAT_GITHUB],
        datasets=[Dataset("tei-nlp/rezumate-ro-20k", "cc-by-4.0", REZUMATE_CARD)],
        drop=("model.safetensors", "config.json"),
        hub_files=(HubFile("adapter_model.safetensors", None, size=80_000_000, lfs=True),),
    ),
    # (c) A from-scratch Ukrainian-English base model whose card is wholly in Ukrainian (Відомості про модель,
    # Призначення, Використання поза призначенням, Як почати, Навчальні дані, Процедура навчання, Апаратне
    # забезпечення, Оцінювання, Обмеження та упередження, Вплив на довкілля, Публікації, Цитування, Ліцензія),
    # `license: apache-2.0`. Its data, "1,6 трлн токенів ... які ми зібрали й відфільтрували самі" (collected and
    # filtered by ourselves), is only a table of four source kinds with shares, and "Корпус ще не опубліковано. Ми
    # викладемо його на Hugging Face Hub найближчим часом — орієнтовно восени 2026 року — разом із даташитом" (the
    # corpus is not published yet; we will put it on the Hub soon, around autumn 2026, with a datasheet); its whole
    # pipeline is public now on GitHub (Apache, a Ukrainian README). Its "Публікації" section: "Наукової статті,
    # препринту чи технічного звіту немає. Модель представлено лише коротким дописом у нашому блозі" (there is no paper,
    # preprint or technical report; the model is presented only by a short post on our blog). A promise is no release:
    # data "none open/shared" today -> datasources_basemodel closed (Granite.yaml "Paper listed as forthcoming": closed,
    # the experts rate what is out, not what is announced; Seed-OSS.yaml "tech report is coming soon": closed; Phi.yaml
    # "no information on datasets disclosed except very generic claims": closed; round 24's Botter-2B, a Dutch corpus
    # "later this year", closed); the datasheet only promised -> datasheet closed (Granite.yaml "No datasheet found":
    # closed); a blog post is no archived preprint -> preprint closed (Poro.yaml "No preprint found. Release-by-blogpost.":
    # closed; NeuralChat.yaml "A medium post is apparently the only scientific documentation of this model": closed;
    # smollm.yaml's partial is for a post that "provides all the technical details expected of a preprint", which this
    # short post is not said to) and paper closed (Poro.yaml "No peer-reviewed paper found": closed). Public Apache
    # weights -> weights_basemodel and weights_endmodel open (Granite.yaml "Weights made available through
    # HuggingFace": open); the pipeline on GitHub -> trainingcode open (Lucie.yaml "Training code published on GitHub":
    # open); every standard section, in Ukrainian -> modelcard open (Lucie.yaml: open); the hyperparameter table and "64
    # GPU NVIDIA H100 80 ГБ (8 вузлів ...) протягом 15 днів" -> hardware_architecture open (Granite.yaml). The data
    # withheld with no legal or technical reason -> not Open Source AI (frameworks.md §4: "only legal or technical
    # impossibility excuses unreleased data") -> open-weights.
    _Release(
        "kobza-lab/Kobza-2B",
        KOBZA_CARD,
        KOBZA_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "open",
            "datasheet": "closed",
            "preprint": "closed",
            "paper": "closed",
            "modelcard": "open",
            "hardware_architecture": "open",
        },
        extra_files={"config.json": llama_config(2304, 24, 18, 6, 6144, 72000, 8192)},
        github=[KOBZA_GITHUB],
    ),
    # (d) "An open-source 7.3B-parameter base language model ... Weights, training data and training code are all
    # public", `license: other`, `license_name: tessera-openrail-m`, `license_link: LICENSE`; the LICENSE is a bespoke
    # "Tessera Responsible AI License (OpenRAIL-M)": a royalty-free grant to reproduce, modify and distribute, but its
    # paragraph 5 "You agree not to use the Model or Derivatives of the Model for any of the uses listed in Attachment
    # A" (ten forbidden uses: medical advice, law enforcement, fully automated decisions about legal rights, ...), and
    # paragraph 4(a) makes every distributor include those restrictions "as an enforceable provision" for all later
    # users. The card's "License and use policy" calls it open source and repeats both. A licence with use-case
    # restrictions that bind every recipient is not an open source licence, whatever it is called (DESIGN.md "License
    # clause taxonomy": use-restrictions, restrictions-flow-down, "A license with any blocking clause is not open
    # source, whatever its name says"; frameworks.md §4 "Weights Available AI ... such as commercial, geographical, or
    # usecase restrictions"; OSAID §3.5 item 1 "no ... purpose-restricting use policy") -> weights-available. The
    # experts rate RAIL-licensed weights as not open: StarCoder.yaml "BigCode OpenRAIL-M v1 license agreement, not an
    # OSI-approved license" (closed); bloomz.yaml "Weights: Apache-2.0 and BigScience RAIL License v1.0. Code:
    # Apache-2.0. Data: Apache-2.0." (partial). With the code Apache and the data ODC-By, two of weights, code and data
    # are open-licensed -> licenses partial (the rubric: partial "parts open-licensed: at least two ... of weights,
    # training code, training data"; bloomz.yaml; round 26's Etesian-4B). Public, ungated weights -> weights_basemodel
    # and weights_endmodel open (StarCoder.yaml "Weights made available on HuggingFace": open, under OpenRAIL-M); the
    # complete data on the Hub -> datasources_basemodel open (smollm.yaml); the pipeline on GitHub -> trainingcode open
    # (StarCoder.yaml "All training code made available on GitHub": open); datasheet card -> datasheet open
    # (bloomz.yaml "Dataset documented in dataset card at HuggingFace": open).
    _Release(
        "tessera-ai/Tessera-7B",
        TESSERA_CARD,
        {
            "license": "other",
            "license_name": "tessera-openrail-m",
            "license_link": "LICENSE",
            "language": ["en", "es", "pt"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["tessera-ai/tessera-mix"],
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
            "LICENSE": TESSERA_LICENSE,
            "config.json": llama_config(4096, 32, 32, 8, 14336, 96000, 8192),
        },
        github=[TESSERA_GITHUB],
        datasets=[Dataset("tessera-ai/tessera-mix", "odc-by", TESSERA_MIX_CARD)],
    ),
    # (e) A fully open from-scratch model whose card names no dataset in its prose and has no `datasets` in its
    # metadata: its "Training data" section says "The complete pre-training data is the mixture in
    # [`configs/data_mix.yaml`](configs/data_mix.yaml) of this repository: every source, with its Hugging Face Hub id
    # ... Nothing outside that file was used, and every source in it is public". That YAML file (served in the model
    # repository) lists three Hub datasets under `sources` (`dataset: ardesia-lab/ardesia-web`, `ardesia-code`,
    # `ardesia-papers`, each with a revision and a weight), beside a `tokenizer:` key naming the model itself (a model
    # id, not a dataset); the three datasets are served (ODC-By, ODC-By, CC BY 4.0; datasheet cards); the pipeline is on
    # GitHub (Apache), whose README points back to the file. The experts read a release's data in its training
    # configuration: smollm.yaml "Data source mixture described in training config. Pretraining data sources published
    # as part of the collection." (open) -> datasources_basemodel open; the three cards are datasheets -> datasheet
    # open (smollm.yaml "Datasheets contain requisite information": open). Public Apache weights -> weights_basemodel
    # and weights_endmodel open (smollm.yaml); pipeline on GitHub -> trainingcode open (smollm.yaml "Training code made
    # available on GitHub": open); Apache weights and code, ODC-By and CC BY data -> licenses open (smollm.yaml, OLMo.yaml
    # "Apache 2.0, an OSI-approved license": open). Everything released under open terms ->
    # open-source-ai-with-open-data (frameworks.md §4).
    _Release(
        "ardesia-lab/Ardesia-1B",
        ARDESIA_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "code"],
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
        },
        extra_files={
            "config.json": llama_config(2048, 20, 16, 4, 5632, 49152, 4096, rope_theta=100000.0),
            "configs/data_mix.yaml": ARDESIA_DATA_MIX,
        },
        github=[ARDESIA_GITHUB],
        datasets=list(ARDESIA_DATASETS),
    ),
    # (f) mergekit's card of a TIES merge (`base_model` lists both parents; the recipe in the card and in
    # `mergekit_config.yml`), `license: apache-2.0`, of two served full fine-tunes of the served foundation
    # scoglio-ai/Scoglio-7B (Apache, "The training data is not released, and neither is the training code"):
    # faro-nlp/Scoglio-7B-Math (Apache 2.0, "use it for anything, commercial use included") and
    # molo-lab/Scoglio-7B-Poesia (MIT). The merge's "License" section: "The two parents carry different licences ...
    # Both allow merging and redistribution for any purpose ... This merge is released under Apache 2.0; the MIT License
    # of Scoglio-7B-Poesia asks only that its copyright and permission notice be kept with the weights, which it is, in
    # NOTICE" (served, the MIT text). Different licences, but both OSI-approved permissive ones whose only condition is
    # keeping notices: a merge binds itself to each parent's terms (DESIGN.md "When the receipts disagree": the most
    # restrictive governs), and the most restrictive here is still open (frameworks.md §3.5 item 1: attribution
    # conditions are allowed) -> open-weights (weights and deployment code under open terms; no training code or data,
    # frameworks.md §4). The merge, its parents and their foundation public, ungated -> weights_basemodel and
    # weights_endmodel open (Zephyr.yaml, NeuralChat.yaml "Weights available through HuggingFace": open); the
    # foundation's data not released -> datasources_basemodel closed (Zephyr.yaml "Mistral has not disclosed anything
    # about its training data": closed); Apache and MIT weights, no data or code released under other terms -> licenses
    # open (Phi.yaml "MIT License, an OSI-approved license": open, Granite.yaml and Seed-OSS.yaml "Apache-2.0, an
    # OSI-approved license": open, all three with data and training code unreleased).
    _Release(
        "darsena-merges/Scoglio-7B-MathPoesia-ties",
        DARSENA_CARD,
        {
            "base_model": ["faro-nlp/Scoglio-7B-Math", "molo-lab/Scoglio-7B-Poesia"],
            "library_name": "transformers",
            "tags": ["mergekit", "merge"],
            "license": "apache-2.0",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "licenses": "open",
        },
        extra_files={
            "mergekit_config.yml": DARSENA_MERGEKIT,
            "NOTICE": DARSENA_NOTICE,
            "config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192),
        },
        models=[SCOGLIO_MATH, SCOGLIO_POESIA, SCOGLIO],
    ),
    # (g) A fully open from-scratch model whose card is one HTML <table> in row groups: a `rowspan` header cell
    # ("Model", "Training", "Use", "Evaluation", "Legal and more") beside each group's `<th scope="row">` labels
    # (Developer, Type, Architecture, Languages; Data, Code, Procedure, Hardware; Intended use, Out of scope,
    # Limitations; three benchmarks; Licence, Emissions, Citation), so the first row of every group has three cells and
    # the others two; then a quick start. No `license` and no `datasets` in the metadata: the licence ("Apache License
    # 2.0 (weights and code)"), the two Hub corpora (ODC-By and CC BY-SA, "the complete training data ... No other data
    # was used", datasheet cards) and the GitHub pipeline (Apache) are only in the table's cells, as <a> links. A card
    # that states its licence in words declares it (README "A license known only by its id": "a card that states it in
    # words ... declares it just the same") -> Apache weights, public -> weights_basemodel and weights_endmodel open
    # (smollm.yaml: open); the complete data on the Hub -> datasources_basemodel open (smollm.yaml "Pretraining data
    # sources published": open); the pipeline on GitHub -> trainingcode open (Lucie.yaml "Training code published on
    # GitHub": open); datasheet cards -> datasheet open (smollm.yaml "Datasheets contain requisite information": open);
    # Apache weights and code, ODC-By and CC BY-SA data -> licenses open (smollm.yaml; Lucie.yaml "Apache-2.0, an
    # OSI-approved license": open); the table covers details, uses, out of scope, data, procedure, hardware,
    # limitations, evaluation, emissions, licence and citation -> modelcard open (Lucie.yaml "Model card describes model
    # in good detail": open; round 22's Mace-7B, a card that is one HTML table: open); the architecture row and "128
    # NVIDIA H100 80GB GPUs (16 nodes, InfiniBand) for 12 days" -> hardware_architecture open (Granite.yaml "Hardware
    # architecture outlined in model card": open). Everything released under open terms ->
    # open-source-ai-with-open-data (frameworks.md §4).
    _Release(
        "cirro-ai/Cirro-2B",
        CIRRO_CARD,
        {
            "language": ["en", "de"],
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
            "hardware_architecture": "open",
        },
        extra_files={"config.json": llama_config(2304, 24, 18, 6, 6144, 65536, 8192)},
        github=[CIRRO_GITHUB],
        datasets=[
            Dataset("cirro-ai/cirro-web-de-en", "odc-by", CIRRO_WEB_CARD),
            Dataset("cirro-ai/cirro-wiki-de-en", "cc-by-sa-4.0", CIRRO_WIKI_CARD),
        ],
    ),
    # (h) "We pruned [meta-llama/Llama-3.1-8B](...) in width ... and then trained the pruned network by distillation,
    # with the unpruned Llama 3.1 8B as the teacher"; the details table's "Teacher model" row links the real
    # meta-llama/Llama-3.1-8B (not served: the built-in index must know it) and its "Initialisation" row says "the
    # teacher's weights, pruned: hidden size 4096 → 3072, MLP 14,336 → 9,216"; no `base_model` in the metadata,
    # `license: apache-2.0`, and "Spina-4.5B is released under the Apache License 2.0". The distillation corpus "is not
    # released", and "The pruning and distillation code is not released". Here the teacher is also what the weights are
    # made of: a pruned copy of Llama 3.1 8B's weights is a derivative of the Llama Materials, and the Llama 3.1
    # Community License binds every derivative (its redistribution terms, the Acceptable Use Policy it incorporates, the
    # 700M-MAU cap); the Apache tag does not undo it (DESIGN.md "When the receipts disagree": "a fine-tune declares MIT
    # while its base model's license binds every derivative ... lets the most restrictive one govern"; "a base model that
    # binds a fine-tune is followed"; frameworks.md §4: a use policy by reference or a user threshold -> Weights
    # Available) -> weights-available. The experts rate exactly this shape, NVIDIA's models pruned and distilled from
    # Llama 3.3 70B Instruct, through their Llama base: Llama-Nemotron.yaml weights_basemodel partial ("Inspecting the
    # training weights requires signing the Llama 3.3 Community License Agreement"), datasources_basemodel closed ("Data
    # nowhere disclosed or documented"). So the Llama base, gated -> weights_basemodel partial (Llama-Nemotron.yaml,
    # Tulu.yaml "Gated model available through HuggingFace": partial); the student public and ungated ->
    # weights_endmodel open (Llama-Nemotron.yaml "Weights made available through HuggingFace": open); Llama's data
    # undisclosed and the distillation corpus unreleased -> datasources_basemodel closed (Llama-Nemotron.yaml; Tulu.yaml
    # "Based on Llama3.1 so nothing known about pre-training data": closed); neither Llama's nor Spina's code released
    # -> trainingcode closed (Granite.yaml "No training code found": closed; Phi.yaml). A teacher that only gives its
    # outputs binds nothing (README: distillation is no lineage); a teacher whose weights were pruned into the student
    # is the student's base.
    _Release(
        "spina-ai/Spina-4.5B",
        SPINA_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["pruning", "distillation"],
        },
        "weights-available",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
        },
        extra_files={"config.json": llama_config(3072, 32, 32, 8, 9216, 128256, 131072)},
    ),
]
