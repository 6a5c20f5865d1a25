# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 25 (`ROUND_25`, 8 releases, written blind by a helper that never read the rules or the
probes): shapes earlier rounds used little. Each release is served by the loopback Hub (with its linked GitHub
repositories, its datasets and the other Hub models it names: a LoRA adapter's fully open base, a GGUF's gated
original, a chat tune's fully open base, all releases of this same round) through `test_heldout_releases.py`, with the
label and the key OSAI cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4,
`../shared/DESIGN.md` "When the receipts disagree", "License clause taxonomy" and "Verdict principles", and the expert
files in `../shared/reference/osai-index/`, cited beside each cell: Bielik, Falcon, Bria, Tulu, Phi, Granite,
Seed-OSS, smollm, OLMo, Pythia, StarCoder, Zephyr, Fietje, Lucie, EuroLLM). No real base is used: every model,
company, dataset, benchmark and repository is invented; the one real venue named is the LREC conference, as the
publisher of a paper that exists only as a PDF in the model repository.

Earlier rounds had cards in French, German, Spanish, Portuguese, Japanese, Korean, Chinese, Arabic, Indonesian and
Dutch (7, 12, 17, 22, 23, 24); repositories gated with manual approval (9, 11, 13) or a click-through whose prompt
carries terms (1, 4, 9); GGUF quantizations of real originals, whose card copied the original under a quantizer's
header (16) or was one line (18); LoRA adapters of real bases or of a served restricted base (4, 8, 11, 14, 16, 22);
a technical-report PDF beside a card that says where things are (10, 15); a peer-reviewed paper in the ACL Anthology,
OpenReview or the ISCA Archive (8, 17, 22); DATA.md, TRAINING.md and a data statement in `docs/` (20); a datasheet
section inside the card (15); a manually gated corpus (8, 17); "training code coming soon" in a card's words (2) and
a weights repository that is "coming soon" (18). This round takes the shapes where they had not gone: a card wholly in
Polish whose repository is gated with an automatically approved form that asks for a company name, whose training
data is only a table of token counts per source, and whose arXiv report is cited only in a BibTeX block; a card
wholly in Turkish of a fully open model; a LoRA adapter whose base is that fully open Turkish model, tuned on a Hub
dataset gated by a click-through under CC BY-NC 4.0; a third party's ungated GGUF of the gated Polish model whose
card, front matter included, is a verbatim copy of the original's (its `extra_gated_*` keys too) plus `base_model`; a
fully open model whose peer-reviewed paper exists only as a PDF in the model repository, with no arXiv version; a
fully open model whose card uses setext headings (titles underlined with `---` and `===`, no `#`) and whose datasheet
is DATASHEET.md in the model repository, the dataset cards only pointing to it; a near miss, "fully open source",
whose training-code link leads to a GitHub repository holding a README that says "coming soon" and a LICENSE; and a
chat tune of that setext-card model whose card is wholly in Vietnamese and whose licence section adds a
non-commercial condition to "Apache 2.0".

The releases:
- (a) halny-ai/Halny-8B: a from-scratch Polish-English base model, card in Polish (Szczegóły modelu, Zastosowania,
  Dane treningowe, Procedura treningu, Sprzęt, Ewaluacja, Ograniczenia, Wpływ na środowisko, Cytowanie, Licencja),
  Apache 2.0, gated (`gated: auto`) with a form asking name, company or organisation, country and job title; its
  data only a table of six source categories with token counts, nothing named or linked; a technical report on arXiv
  cited only as a BibTeX `eprint`; no code (open-weights; weights partial, data closed, preprint open).
- (b) poyraz-lab/Poyraz-3B: a fully open from-scratch Turkish-English base model, card in Turkish (Model Ayrıntıları,
  Kullanım Amaçları, Eğitim Verisi, Eğitim Prosedürü, Donanım, Değerlendirme, Sınırlamalar, Çevresel Etki, Atıf,
  Lisans); two Hub corpora with datasheet cards, "bunların dışında hiçbir veri (özel, lisanslı ya da sentetik)
  kullanılmadı"; its pipeline on GitHub with a Turkish README (open-source-ai-with-open-data).
- (c) meltem-nlp/Poyraz-3B-Hukuk-LoRA: a PEFT LoRA adapter (adapter files only) of (b), Apache 2.0, tuned on a Hub
  dataset of legal questions and answers gated by an automatically approved click-through under CC BY-NC 4.0
  (datasheet card); its data-building and training code on GitHub (open-source-ai; licences partial).
- (d) wiatr-quants/Halny-8B-GGUF: a third party's GGUF files of (a), ungated, whose card is (a)'s card copied
  verbatim, front matter and `extra_gated_*` keys included, with `base_model: halny-ai/Halny-8B` and
  `base_model_relation: quantized` added (open-weights; end weights open, base weights partial).
- (e) zonda-nlp/Zonda-1B: a fully open from-scratch model whose paper, peer-reviewed at LREC 2026, is only
  `paper/zonda-lrec2026.pdf` in the model repository, cited with `@inproceedings`, "There is no arXiv version"
  (open-source-ai-with-open-data; preprint and paper open).
- (f) bise-ai/Bise-2B: a fully open from-scratch multilingual model whose card's headings are all setext (underlined),
  whose two Hub datasets have two-line cards pointing to DATASHEET.md in the model repository, a full datasheet
  (open-source-ai-with-open-data; datasheet and model card open).
- (g) williwaw-ai/Williwaw-7B: "fully open source: open weights, open data, open code"; the data on the Hub with a
  datasheet card, but the training-code link is williwaw-ai/williwaw-train, "(coming soon)", a GitHub repository of a
  README ("will be published here soon") and a LICENSE (open-weights; training code closed).
- (h) giolao-ai/GioLao-2B-Chat: an SFT of (f), card in Vietnamese (Thông tin mô hình, Mục đích sử dụng, Dữ liệu huấn
  luyện, Quy trình huấn luyện, Đánh giá, Hạn chế, Giấy phép), `license: apache-2.0`, whose "Giấy phép" section says
  Apache 2.0 "với điều kiện bổ sung": research and non-commercial use only, no commercial products or services; its
  tuning data internal, its tuning code not published (weights-available).

Written blind, before any rule changed. First run (before any rule changed, on commit c1fd1ef, with no uncommitted
edits under `src/`: only this file and the two wiring lines in `test_heldout_releases.py` were new): 3 of 8 right (7
of 8 labels); 51 of 57 key cells right. Right: Poyraz-3B-Hukuk-LoRA (open-source-ai, licences partial, the tuning set
behind its click-through read open), Zonda-1B (open-source-ai-with-open-data, preprint and paper open) and Williwaw-7B
(open-weights, training code closed); the reasons of passing cases were not printed. Labels also right: Halny-8B,
Poyraz-3B, Halny-8B-GGUF, Bise-2B. One label read **more open** than the rubric (GioLao-2B-Chat); no cell did (every
wrong cell read less open). The reasons are from the assertion messages of a `-vv` run. The misses:
- Halny-8B (Polish card, form-gated, token counts only, arXiv only in BibTeX): open-weights and eight cells right
  (weights partial, data closed, preprint open, hardware and architecture open), but modelcard closed where open was
  expected ("The model card has none of the standard sections (details, uses, training, evaluation...)."): the Polish
  headings (Szczegóły modelu, Zastosowania, Zastosowania wykraczające poza zakres, Jak używać, Dane treningowe,
  Procedura treningu, Sprzęt, Ewaluacja, Ograniczenia, Wpływ na środowisko, Cytowanie, Licencja) were not read as
  sections.
- Poyraz-3B (Turkish card): open-source-ai-with-open-data and eight cells right (data, training code, datasheet and
  licences open), but modelcard closed where open was expected ("The model card has none of the standard sections
  ..."): the Turkish headings (Model Ayrıntıları, Kullanım Amaçları, Eğitim Verisi, Eğitim Prosedürü, Değerlendirme,
  Sınırlamalar ve Önyargılar, Çevresel Etki, Atıf, Lisans) were not read; and hardware_architecture partial where open
  was expected ("Only the architecture is documented, not the training hardware and setup."): "### Donanım" with "64
  adet NVIDIA H100 80 GB GPU (InfiniBand ile bağlı 8 düğüm) üzerinde 12 gün; yaklaşık 18.400 GPU saati" was not read
  as the training hardware.
- Halny-8B-GGUF (ungated GGUF, card and front matter copied from the gated original): open-weights and three cells
  right (base weights partial, data and training code closed), but weights_endmodel partial where open was expected
  ("The weights are published but downloads are gated under an open license."): the `extra_gated_*` keys copied into
  the front matter were taken for a gate, though the Hub's API reports the repository as not gated (`gated: false`),
  and on the Hub those keys only word a gate that the repository's settings switch on.
- Bise-2B (setext headings, DATASHEET.md): open-source-ai-with-open-data and seven cells right (the model card of
  setext headings open, hardware and architecture open), but datasheet partial where open was expected ("The training
  data has a dataset card on the Hub, but not a datasheet: its card gives partial insight (bise-ai/bise-web does not
  describe how the data was collected or how the data was curated; bise-ai/bise-wiki does not describe ...)"):
  DATASHEET.md in the model repository, which the card's Training data section and both dataset cards link, was not
  read.
- GioLao-2B-Chat (Vietnamese card, non-commercial condition added to Apache 2.0): open-weights where weights-available
  was expected ("The weights and deployment code are released under open terms (Apache License 2.0), but complete
  training code; data-processing code; data information ... are missing for Open Source AI."): the "## Giấy phép"
  section's "chỉ được sử dụng cho mục đích nghiên cứu và phi thương mại. Không được sử dụng GioLao-2B-Chat trong sản
  phẩm hoặc dịch vụ thương mại" was not read as a non-commercial term, so `license: apache-2.0` governed; and
  trainingcode closed where partial was expected ("No training code is published with the release: the release links
  no code repository."): the served base Bise-2B's whole pipeline on GitHub was not counted for the tune whose own
  tuning code "không được công bố" (is not published). Its other four cells right (both weights open, base data open,
  tuning data closed).
No expectation was changed after the run.

What changed (general causes, each with paraphrases and near hits in `tests/probes/test_release_round25_rules.py`):
card-section titles are read in Polish, Turkish and Vietnamese, and in the Italian titles round 17 had left out
(Szczegóły modelu, Zastosowania, Dane treningowe, Ewaluacja, Ograniczenia, Wpływ na środowisko, Cytowanie; Model
Ayrıntıları, Kullanım Amaçları, Eğitim Verisi, Değerlendirme, Sınırlamalar, Çevresel Etki, Atıf; Thông tin mô hình,
Mục đích sử dụng, Dữ liệu huấn luyện, Đánh giá, Hạn chế, Trích dẫn; Informazioni sul modello, Usi previsti, Come
citare), and so are the data headings and training titles; the training hardware is read in those languages (a line
saying "eğitildi", "GPU saati", "wytrenowano", "godzin GPU", "huấn luyện", or one under "Sprzęt", "Donanım", "Phần cứng",
"Calcolo", a "| Donanım | 64 H100 |" row; GPUs named for inference or fine-tuning in those languages stay usage notes);
on the Hub a repository is gated only when the API's `gated` says so: where the source knows that value (the Hub, an
audit row with a `gated` column) it decides, and `extra_gated_*` keys copied into a card make no gate (a local folder,
where no value is known, keeps reading them as the gate they configure); a datasheet kept as a file of the model
repository (DATASHEET.md, DATA_CARD.md, docs/datasheet.md, or a linked document titled as one) or of a dataset
repository beside its card (fetched with the card: `DatasetRef.datasheet`) documents the data when it answers the
collection and curation questions, judged as a dataset card is; and a card's licence section written in a language
opengauge does not read (the licence reader's own guess, `licenses.language.unread_language`; the section's title read
in Polish, Turkish, Vietnamese, German, Russian, Indonesian, Korean and Arabic too) that says more than licences' names
leaves the weights' terms undecided, its reason naming the language, instead of letting the declared licence govern.
7 of 8 pass (56 of 57 key cells). GioLao-2B-Chat stays a `DISAGREEMENT`: without reading Vietnamese opengauge cannot
find the non-commercial condition, so it reads undetermined (no longer open-weights) where weights-available was
expected; and its training code stays closed, as the expert files rate a tune without code of its own whatever its
base publishes (StarChat.yaml). Corpus figures unchanged (evaluate 72.0 % exact, 93.9 % within one; import-osai
76.3 % automated, 74.8 % reviewed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import yaml

from tests.assess.heldout_releases import Dataset, HeldOut, llama_config, sheet
from tests.assess.heldout_releases import github_repo as _gh
from tests.servers import HubFile


def _json(obj: dict) -> bytes:
    return json.dumps(obj).encode()


def _gated_sheet(license_id: str, title: str, front: dict, sections: dict[str, str]) -> str:
    """A dataset card written as a datasheet (Gebru et al. 2021) whose front matter carries a gate's
    `extra_gated_*` keys (nested YAML)."""
    meta = {"license": license_id, **front, "language": ["tr"], "task_categories": ["question-answering"]}
    body = "".join(f"## {heading}\n\n{text}\n\n" for heading, text in sections.items())
    return f"---\n{yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)}---\n\n# {title}\n\n{body}"


@dataclass
class _Release(HeldOut):
    """A release whose card's front matter is `card_data` written as YAML (nested keys such as a gate's
    `extra_gated_fields` kept nested), whose `card_data` tags are also the Hub's tags, without the files in `drop`
    (the default `model.safetensors` and `config.json`: an adapter or a GGUF repository has neither), with the listed
    files `hub_files` (weights, a PDF) added."""

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
# (a) Halny-8B: a Polish card, Apache weights behind an automatically approved form asking for a company name, the
# training data only as token counts per source category, and the arXiv report only in a BibTeX block.

HALNY_CARD = """# Halny-8B

Halny-8B to dwujęzyczny, polsko-angielski model językowy o 8,3 mld parametrów, wytrenowany od zera przez Halny AI, firmę z Krakowa. Jest modelem bazowym: uzupełnia tekst i nie był dostrajany do prowadzenia rozmowy.

## Dostęp

Wagi modelu są udostępniane na licencji Apache 2.0. Przed pobraniem prosimy o wypełnienie krótkiego formularza na tej stronie (imię i nazwisko, nazwa firmy lub organizacji, kraj, stanowisko). Dostęp jest przyznawany automatycznie, zaraz po wysłaniu formularza; podane dane służą nam wyłącznie do statystyk.

## Szczegóły modelu

- **Twórca:** Halny AI sp. z o.o., Kraków
- **Typ modelu:** transformer typu decoder-only (model bazowy, bez dostrajania do instrukcji)
- **Języki:** polski (52% tokenów), angielski (41%), kod źródłowy (7%)
- **Data wydania:** czerwiec 2026
- **Licencja:** Apache 2.0

| Hiperparametr | Wartość |
|---|---|
| Parametry | 8,3 mld |
| Warstwy | 36 |
| Wymiar ukryty | 4096 (MLP SwiGLU o wymiarze 12 288) |
| Głowice uwagi | 32 głowice zapytań, 8 głowic klucz-wartość (grouped-query attention) |
| Normalizacja | RMSNorm |
| Kodowanie pozycji | RoPE (θ = 1 000 000) |
| Długość kontekstu | 32 768 tokenów |
| Słownik | 96 000 tokenów (BPE) |

## Zastosowania

Badania nad polskimi modelami językowymi oraz dostrajanie do konkretnych zadań: streszczania, klasyfikacji, ekstrakcji informacji i asystentów dziedzinowych (prawo, administracja, obsługa klienta).

### Zastosowania wykraczające poza zakres

Model nie przeszedł żadnego dostrajania bezpieczeństwa. Nie należy udostępniać go użytkownikom końcowym w obecnej postaci ani używać go do podejmowania decyzji dotyczących ludzi.

## Jak używać

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("halny-ai/Halny-8B")
model = AutoModelForCausalLM.from_pretrained("halny-ai/Halny-8B", torch_dtype="auto", device_map="auto")
inputs = tok("Najwyższym szczytem Tatr jest", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Dane treningowe

Halny-8B został wytrenowany na 3,0 bln tokenów. Skład danych treningowych:

| Źródło | Tokeny | Udział |
|---|---|---|
| Polskie strony internetowe | 1,26 bln | 42% |
| Angielskie strony internetowe | 0,96 bln | 32% |
| Książki i czasopisma | 0,27 bln | 9% |
| Kod źródłowy | 0,21 bln | 7% |
| Dokumenty prawne i urzędowe | 0,18 bln | 6% |
| Dane syntetyczne | 0,12 bln | 4% |

## Procedura treningu

- Optymalizator AdamW (β2 = 0,95, współczynnik zaniku wag 0,1), maksymalny współczynnik uczenia 3e-4, harmonogram "warmup-stable-decay"
- Partie po 8 mln tokenów, około 375 000 kroków, bf16, FSDP
- Na końcu faza długiego kontekstu: z 8192 do 32 768 tokenów na 60 mld tokenów

### Sprzęt

256 procesorów graficznych NVIDIA H100 80 GB (32 węzły połączone siecią InfiniBand) przez 21 dni, czyli około 129 000 godzin GPU.

## Ewaluacja

| Zadanie | Halny-8B |
|---|---|
| Kasztan-QA-pl (0-shot) | 71,3 |
| Sowa-Rozumowanie-pl (0-shot) | 58,9 |
| Harfa-Wiedza (en, 5-shot) | 63,4 |
| Gęśl-Kod (pass@1) | 34,7 |

## Ograniczenia

Halny-8B płynnie pisze rzeczy nieprawdziwe, powiela stereotypy obecne w danych i ma niewielką wiedzę o wydarzeniach po październiku 2025 roku. Po angielsku jest słabszy niż po polsku.

## Wpływ na środowisko

Około 129 000 godzin GPU H100 w centrum danych zasilanym z polskiej sieci; szacujemy emisję na 41 t CO2e (metoda lokalizacyjna).

## Cytowanie

Dane, architekturę, trening i ewaluację opisuje nasz raport techniczny. Jeśli korzystasz z modelu, prosimy o cytowanie:

```bibtex
@misc{halny2026report,
  title         = {Halny: A Bilingual Polish-English Base Language Model},
  author        = {Nowak, Agnieszka and Wójcik, Piotr and Zielińska, Marta},
  year          = {2026},
  eprint        = {2606.11873},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL}
}
```

## Licencja

Apache 2.0.
"""

HALNY_META = {
    "license": "apache-2.0",
    "language": ["pl", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "extra_gated_heading": "Dostęp do Halny-8B",
    "extra_gated_description": "Halny-8B jest udostępniany na licencji Apache 2.0. Prosimy o kilka informacji o "
    "sobie; dostęp jest przyznawany automatycznie.",
    "extra_gated_fields": {
        "Imię i nazwisko": "text",
        "Nazwa firmy lub organizacji": "text",
        "Kraj": "country",
        "Stanowisko": "text",
    },
    "extra_gated_button_content": "Wyślij",
}

HALNY_CONFIG = llama_config(4096, 36, 32, 8, 12288, 96000, 32768, rope_theta=1000000.0)


# --------------------------------------------------------------------------------------------------------------
# (b) Poyraz-3B: a fully open model whose card is wholly in Turkish.

POYRAZ_CARD = """# Poyraz-3B

Poyraz-3B, İzmir'deki bir üniversite laboratuvarı olan Poyraz Lab'ın sıfırdan eğittiği 3,1 milyar parametreli, Türkçe-İngilizce bir temel dil modelidir. Ağırlıkları, eğitim verisinin tamamını ve bütün eğitim kodunu açık lisanslarla yayımlıyoruz: herkes modelin neyden öğrendiğini inceleyebilir ve eğitimi baştan tekrarlayabilir.

## Model Ayrıntıları

- **Geliştiren:** Poyraz Lab
- **Model türü:** yalnızca kod çözücülü (decoder-only) transformer; temel model, sohbet için ayarlanmamıştır
- **Diller:** Türkçe (tokenlerin %64'ü), İngilizce (%36)
- **Yayın tarihi:** Mayıs 2026
- **Lisans:** Apache 2.0

| Hiperparametre | Değer |
|---|---|
| Parametre sayısı | 3,1 milyar |
| Katman sayısı | 28 |
| Gizli boyut | 3072 (SwiGLU, ara boyut 8192) |
| Dikkat başlıkları | 24 sorgu başlığı, 8 anahtar-değer başlığı (gruplanmış sorgu dikkati) |
| Normalizasyon | RMSNorm |
| Konum kodlaması | RoPE (θ = 500.000) |
| Bağlam uzunluğu | 8192 token |
| Sözlük | 64.000 token (eğitim verisi üzerinde eğitilmiş BPE) |

## Kullanım Amaçları

Türkçe dil modelleri üzerine araştırma ve belirli görevler için ince ayar: özetleme, sınıflandırma, bilgi çıkarma ve alana özgü asistanlar.

### Kapsam Dışı Kullanım

Model hiçbir güvenlik ayarından geçmedi. Son kullanıcılara olduğu gibi sunulmamalı ve insanlar hakkında karar vermek için kullanılmamalıdır.

## Nasıl Kullanılır

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("poyraz-lab/Poyraz-3B")
model = AutoModelForCausalLM.from_pretrained("poyraz-lab/Poyraz-3B", torch_dtype="auto")
inputs = tok("Ege Denizi'nin en büyük adası", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Eğitim Verisi

Poyraz-3B, Hugging Face Hub'da tamamını yayımladığımız iki veri kümesi üzerinde eğitildi:

| Veri kümesi | Token | Lisans |
|---|---|---|
| [poyraz-lab/poyraz-web](https://huggingface.co/datasets/poyraz-lab/poyraz-web) | 1,6 trilyon | ODC-By 1.0 |
| [poyraz-lab/poyraz-kitap](https://huggingface.co/datasets/poyraz-lab/poyraz-kitap) | 0,2 trilyon | CC0 1.0 |

Bu iki veri kümesi eğitim verisinin tamamıdır; bunların dışında hiçbir veri (özel, lisanslı ya da sentetik) kullanılmadı. İki veri kümesinin kartı da birer veri sayfasıdır (datasheet): amaç, içerik, toplama süreci, ön işleme, kullanım, dağıtım ve bakım.

## Eğitim Prosedürü

Veri hattının (metin çıkarma, filtreleme, tekilleştirme, tokenizasyon), ön eğitimin ve değerlendirmenin kodu ile bu modelin tam yapılandırması Apache 2.0 lisansıyla [poyraz-lab/poyraz-train](https://github.com/poyraz-lab/poyraz-train) deposundadır.

- AdamW (β2 = 0,95, ağırlık azaltma 0,1), en yüksek öğrenme oranı 4e-4, "warmup-stable-decay" takvimi
- 4 milyon tokenlık yığınlar, 450.000 adım, bf16, FSDP

### Donanım

64 adet NVIDIA H100 80 GB GPU (InfiniBand ile bağlı 8 düğüm) üzerinde 12 gün; yaklaşık 18.400 GPU saati.

## Değerlendirme

| Görev | Poyraz-3B |
|---|---|
| Lale-Okuma-tr (F1) | 68,2 |
| Çınar-Akıl-Yürütme-tr (0-shot) | 54,7 |
| Harfa-Wiedza (en, 5-shot) | 47,9 |

## Sınırlamalar ve Önyargılar

Poyraz-3B akıcı ama yanlış metinler üretebilir, verisindeki önyargıları tekrarlar ve Ocak 2026'dan sonraki olaylar hakkında bilgisi yoktur. İngilizcesi Türkçesinden zayıftır.

## Çevresel Etki

Yaklaşık 18.400 H100 GPU saati; tahmini emisyon 7,2 t CO2e (konuma dayalı yöntem).

## Atıf

```bibtex
@misc{poyraz2026,
  title        = {Poyraz-3B: Türkçe için tamamen açık bir temel dil modeli},
  author       = {{Poyraz Lab}},
  year         = {2026},
  howpublished = {\\url{https://huggingface.co/poyraz-lab/Poyraz-3B}}
}
```

## Lisans

Model ağırlıkları ve kod Apache 2.0 lisanslıdır; veri kümeleri ODC-By 1.0 (poyraz-web) ve CC0 1.0 (poyraz-kitap) lisanslıdır.
"""

POYRAZ_META = {
    "license": "apache-2.0",
    "language": ["tr", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "datasets": ["poyraz-lab/poyraz-web", "poyraz-lab/poyraz-kitap"],
}

POYRAZ_README = """# poyraz-train

Poyraz-3B'nin (https://huggingface.co/poyraz-lab/Poyraz-3B) eksiksiz eğitim hattı: iki veri kümesinin ham
kaynaklardan oluşturulması, tokenizer eğitimi, ön eğitim ve değerlendirme.

## Veri

    python -m poyraz.data.web --snapshots configs/data/snapshots.txt --config configs/data/web.yaml
    python -m poyraz.data.books --config configs/data/books.yaml
    python -m poyraz.data.dedup --config configs/data/dedup.yaml
    python -m poyraz.data.tokenize --config configs/data/tokenize.yaml

## Ön eğitim

    torchrun --nnodes 8 --nproc_per_node 8 -m poyraz.train --config configs/poyraz-3b.yaml

`configs/poyraz-3b.yaml`, yayımlanan modelin tam yapılandırmasıdır.

## Değerlendirme

    python -m poyraz.eval --model poyraz-lab/Poyraz-3B

## Lisans

Apache 2.0.
""".encode()

POYRAZ_GITHUB = _gh(
    "poyraz-lab/poyraz-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/snapshots.txt",
        "configs/data/web.yaml",
        "configs/data/books.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/poyraz-3b.yaml",
        "poyraz/model.py",
        "poyraz/train.py",
        "poyraz/data/web.py",
        "poyraz/data/books.py",
        "poyraz/data/dedup.py",
        "poyraz/data/tokenize.py",
        "poyraz/eval/__main__.py",
    ),
    POYRAZ_README,
)

POYRAZ_WEB_CARD = sheet(
    "odc-by",
    "Poyraz Web",
    ["tr", "en"],
    {
        "Motivation": "Poyraz Web is the web part (1.6T tokens) of the training data of Poyraz-3B. Poyraz Lab built it "
        "and publishes it in full so that anyone can inspect what the model learned from and repeat its training; it was "
        "made with a public research grant and holds no data of users or customers.",
        "Composition": "About 1.1B Turkish and English web documents with `id`, `url`, `snapshot`, `lang`, `quality` and "
        "`text` fields; Turkish is 64% of the tokens. News and encyclopaedic pages are over-represented compared with the "
        "Turkish web as a whole, forums and shops under-represented.",
        "Collection Process": "Pages from the 32 Common Crawl snapshots listed in `configs/data/snapshots.txt` of "
        "github.com/poyraz-lab/poyraz-train (CC-MAIN-2020-05 to CC-MAIN-2025-21), downloaded from Common Crawl's public "
        "bucket in autumn 2025. Common Crawl honours robots.txt; we also removed the domains on public adult-content and "
        "malware blocklists and the domains of site owners who opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; Turkish and English kept above a fastText score of 0.7; "
        "repetition, line-length and boilerplate filters; a quality classifier keeping the top 30%; MinHash-LSH "
        "deduplication across snapshots; e-mail addresses, phone numbers and Turkish identity numbers masked. The code is "
        "`poyraz/data/web.py` and `dedup.py` of github.com/poyraz-lab/poyraz-train.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or profile "
        "people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use.",
        "Maintenance": "Maintained by Poyraz Lab; removal requests made in the discussion tab are applied in the next "
        "release and listed in this card's changelog.",
    },
)

POYRAZ_BOOKS_CARD = sheet(
    "cc0-1.0",
    "Poyraz Kitap",
    ["tr"],
    {
        "Motivation": "Poyraz Kitap is the book part (0.2T tokens) of the training data of Poyraz-3B, made so that the "
        "model sees long, edited Turkish prose from sources anyone may redistribute.",
        "Composition": "About 61,000 Turkish books and periodical volumes in the public domain (authors who died more "
        "than 70 years ago, and works of the state released without copyright), each with title, author, year, source "
        "library and text. Literature is 48% of the tokens, history and law 31%, science and textbooks 21%.",
        "Collection Process": "Scans from the public-domain collections of three Turkish university libraries and the "
        "national digital library, which allow bulk download and reuse; Ottoman-script volumes were left out. The text "
        "was taken from the libraries' own OCR between June and September 2025.",
        "Preprocessing": "OCR errors were corrected with a character-level language model trained on clean text; "
        "headers, footers and page numbers were removed; volumes with more than 8% unknown words after correction were "
        "dropped; exact and near-duplicate volumes removed with MinHash. The code is `poyraz/data/books.py` of "
        "github.com/poyraz-lab/poyraz-train.",
        "Uses": "Pre-training language models and research on Turkish text; the older volumes reflect the views of their "
        "time.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0.",
        "Maintenance": "Maintained by Poyraz Lab.",
    },
)

POYRAZ_DATASETS = [
    Dataset("poyraz-lab/poyraz-web", "odc-by", POYRAZ_WEB_CARD),
    Dataset("poyraz-lab/poyraz-kitap", "cc0-1.0", POYRAZ_BOOKS_CARD),
]


# --------------------------------------------------------------------------------------------------------------
# (c) Poyraz-3B-Hukuk-LoRA: a LoRA adapter of (b), tuned on a Hub dataset behind a click-through gate under CC BY-NC.

HUKUK_CARD = """# Poyraz-3B-Hukuk-LoRA

A LoRA adapter for [Poyraz-3B](https://huggingface.co/poyraz-lab/Poyraz-3B), the fully open Turkish base model of
Poyraz Lab, that answers questions about Turkish civil and commercial law in Turkish and cites the articles of law it
relies on. Made by Meltem NLP, a legal-technology research group.

## Model details

- **Developed by:** Meltem NLP
- **Base model:** poyraz-lab/Poyraz-3B (its weights, training data and code are all public)
- **Adapter:** LoRA, rank 16, alpha 32, dropout 0.05, on all attention and MLP projections (25M trainable parameters)
- **Language:** Turkish
- **License:** Apache 2.0 (the adapter weights and our code)

## Uses

Research on legal question answering and a starting point for legal-information assistants that a lawyer supervises.
It is not legal advice and must not be used to decide anyone's case.

## How to use

```python
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("poyraz-lab/Poyraz-3B")
base = AutoModelForCausalLM.from_pretrained("poyraz-lab/Poyraz-3B", torch_dtype="auto")
model = PeftModel.from_pretrained(base, "meltem-nlp/Poyraz-3B-Hukuk-LoRA")
prompt = "Soru: Kira sözleşmesinde kiracının depozito iadesi ne zaman istenebilir?\\nCevap:"
print(tok.decode(model.generate(**tok(prompt, return_tensors="pt"), max_new_tokens=200)[0]))
```

## Training data

One dataset, which we made for this adapter and publish on the Hub:
[meltem-nlp/yargi-qa-40k](https://huggingface.co/datasets/meltem-nlp/yargi-qa-40k), 40,000 questions and answers
written by law students from published court decisions, each answer citing the articles of law it applies. The
dataset is under CC BY-NC 4.0 and you accept its conditions on its page to download it (access is granted
automatically). Its dataset card is a datasheet. Nothing else was used after Poyraz-3B's pre-training.

## Training procedure

The code that built the dataset from the students' annotations and the code that trained and evaluated the adapter
are at [meltem-nlp/hukuk-lora](https://github.com/meltem-nlp/hukuk-lora) (Apache 2.0), with the exact configuration
(`configs/lora.yaml`). 3 epochs, learning rate 2e-4 (cosine), batch size 64, maximum length 2,048 tokens, bf16, on 2
NVIDIA A100 80GB GPUs for 9 hours.

## Evaluation

| Benchmark | Poyraz-3B | Poyraz-3B-Hukuk-LoRA |
|---|---|---|
| Terazi-Hukuk-QA (exact article cited) | 12.4 | 61.8 |
| Terazi-Hukuk-QA (answer judged correct by lawyers) | 21.0 | 57.3 |

## Limitations

It cites articles that do not exist or no longer apply, knows nothing of decisions after 2025 and was tuned on civil
and commercial law only.

## License

The adapter weights and the code are released under the Apache License 2.0. The training dataset keeps its own
licence, CC BY-NC 4.0.
"""

HUKUK_META = {
    "license": "apache-2.0",
    "base_model": "poyraz-lab/Poyraz-3B",
    "base_model_relation": "adapter",
    "datasets": ["meltem-nlp/yargi-qa-40k"],
    "language": ["tr"],
    "library_name": "peft",
    "pipeline_tag": "text-generation",
    "tags": ["lora", "legal", "turkish"],
}

HUKUK_ADAPTER_CONFIG = _json(
    {
        "base_model_name_or_path": "poyraz-lab/Poyraz-3B",
        "peft_type": "LORA",
        "task_type": "CAUSAL_LM",
        "r": 16,
        "lora_alpha": 32,
        "lora_dropout": 0.05,
        "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        "bias": "none",
        "inference_mode": True,
    }
)

HUKUK_README = b"""# hukuk-lora

Data building, training and evaluation code of Poyraz-3B-Hukuk-LoRA
(https://huggingface.co/meltem-nlp/Poyraz-3B-Hukuk-LoRA), a LoRA adapter of Poyraz-3B for Turkish legal questions.

## Data

    python data/build_qa.py --annotations exports/ --config configs/data.yaml   # meltem-nlp/yargi-qa-40k
    python data/filter.py --config configs/data.yaml

`build_qa.py` turns the students' annotation exports into question-answer pairs, checks that every cited article
exists in the law texts of `data/laws/`, and removes duplicates; `filter.py` drops pairs the second reviewer rejected.

## Training

    accelerate launch train/train_lora.py --config configs/lora.yaml

## Evaluation

    python eval/evaluate.py --adapter meltem-nlp/Poyraz-3B-Hukuk-LoRA

## License

Apache 2.0 for the code. The dataset it builds is CC BY-NC 4.0.
"""

HUKUK_GITHUB = _gh(
    "meltem-nlp/hukuk-lora",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "configs/data.yaml",
        "configs/lora.yaml",
        "data/build_qa.py",
        "data/filter.py",
        "data/laws/README.md",
        "train/train_lora.py",
        "eval/evaluate.py",
    ),
    HUKUK_README,
)

YARGI_CARD = _gated_sheet(
    "cc-by-nc-4.0",
    "Yargı QA 40k",
    {
        "extra_gated_prompt": "Yargı QA 40k is released under CC BY-NC 4.0: you may use it for non-commercial "
        "purposes only. Access is granted automatically once you accept.",
        "extra_gated_fields": {
            "Affiliation": "text",
            "I will use this dataset for non-commercial purposes only": "checkbox",
        },
    },
    {
        "Motivation": "Yargı QA 40k was made by Meltem NLP to train and evaluate models that answer questions about "
        "Turkish civil and commercial law and cite the articles they rely on; it was funded by a university research "
        "grant whose terms ask for a non-commercial release.",
        "Composition": "40,000 question-answer pairs in Turkish, each with the question, the answer, the articles of law "
        "cited (law number and article), the court decision it was written from (court, chamber, decision number and "
        "date) and the area of law: contracts 34%, tenancy 18%, labour 16%, commercial companies 14%, family 10%, other "
        "8%.",
        "Collection Process": "Written between February and August 2025 by 45 law students, paid an hourly rate, from "
        "court decisions published in the courts' public decision databases; each student read a decision, wrote one or "
        "more questions a citizen might ask and the answer the decision supports, and a second student checked every "
        "pair against the decision and the law text.",
        "Preprocessing": "Pairs the checker rejected were corrected or dropped (11%); names of parties, which the "
        "published decisions already anonymise, were checked again and replaced by placeholders; duplicate questions "
        "were removed. The code is `data/build_qa.py` and `data/filter.py` of github.com/meltem-nlp/hukuk-lora.",
        "Uses": "Non-commercial research on legal question answering and its evaluation. The answers are not legal "
        "advice.",
        "Distribution": "On the Hugging Face Hub under CC BY-NC 4.0, behind a click-through that asks users to accept "
        "the non-commercial condition.",
        "Maintenance": "Maintained by Meltem NLP; corrections reported in the discussion tab are applied in the next "
        "release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (d) Halny-8B-GGUF: a third party's ungated GGUF of (a), whose card is (a)'s card copied verbatim, gate keys included.

HALNY_GGUF_META = {
    **HALNY_META,
    "base_model": "halny-ai/Halny-8B",
    "base_model_relation": "quantized",
    "tags": ["gguf", "llama.cpp"],
}

HALNY_GGUF_FILES = tuple(
    HubFile(f"Halny-8B-{q}.gguf", None, size=size, lfs=True)
    for q, size in (
        ("Q4_K_M", 5_030_000_000),
        ("Q5_K_M", 5_900_000_000),
        ("Q6_K", 6_820_000_000),
        ("Q8_0", 8_830_000_000),
    )
)


# --------------------------------------------------------------------------------------------------------------
# (e) Zonda-1B: a fully open model whose peer-reviewed paper is only a PDF in the model repository.

ZONDA_CARD = """# Zonda-1B

Zonda-1B is a 1.1B-parameter base language model for Spanish (with a focus on Rioplatense Spanish) and English,
trained from scratch by Zonda NLP, a research group at a public university in Mendoza, Argentina. Weights, data and
code are all released under open licences.

## Model details

- **Developed by:** Zonda NLP
- **Model type:** decoder-only transformer (base model, not instruction-tuned)
- **Languages:** Spanish (70% of the tokens), English (30%)
- **Architecture:** 22 layers, hidden size 2048, 16 query heads and 4 key-value heads, SwiGLU (5,632), RMSNorm, RoPE;
  context length 4,096; vocabulary 50,304 (BPE trained on the training data)
- **Release date:** May 2026
- **License:** Apache 2.0

## Uses

Research on Spanish language models and fine-tuning for Spanish tasks (classification, extraction, summarisation). It
has had no safety tuning and should not be deployed to end users as it is or used for decisions about people.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("zonda-nlp/Zonda-1B")
model = AutoModelForCausalLM.from_pretrained("zonda-nlp/Zonda-1B", torch_dtype="auto")
inputs = tok("El viento zonda sopla en Mendoza cuando", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

All of [zonda-nlp/zonda-corpus](https://huggingface.co/datasets/zonda-nlp/zonda-corpus) (1.2T tokens: Spanish and
English web pages, Spanish public-domain books and Argentine government publications, ODC-By 1.0), published in full
on the Hub with a dataset card that is a datasheet. No other data was used.

## Training procedure

The data pipeline, the pre-training code and the exact configuration of this checkpoint are in
[zonda-nlp/zonda-train](https://github.com/zonda-nlp/zonda-train) (Apache 2.0). AdamW (beta2 0.95, weight decay 0.1),
peak learning rate 4e-4 with a cosine schedule, 2M-token batches for 600k steps, bf16. Hardware: 32 NVIDIA A100 80GB
GPUs of the university's cluster for 19 days.

## Evaluation

| Benchmark | Zonda-1B |
|---|---|
| Aconcagua-QA-es (0-shot) | 55.1 |
| Malbec-Razonamiento-es (0-shot) | 48.6 |
| Harfa-Wiedza (en, 5-shot) | 29.8 |

## Limitations

It writes fluent text that can be false, reproduces the biases of its sources and knows little after mid-2025.

## Environmental impact

About 14,600 A100 GPU hours on a grid with a large share of hydropower; we estimate 2.3 tCO2eq (location-based).

## Paper

Zonda-1B, its corpus and its training are described in our paper "Zonda: A Small, Fully Open Language Model for
Rioplatense Spanish", peer-reviewed and published in the proceedings of LREC 2026. The camera-ready PDF is in this
repository: [paper/zonda-lrec2026.pdf](paper/zonda-lrec2026.pdf). There is no arXiv version.

## Citation

```bibtex
@inproceedings{zonda-lrec2026,
  title     = {Zonda: A Small, Fully Open Language Model for Rioplatense Spanish},
  author    = {Quiroga, Lucía and Funes, Martín and Aguirre, Sofía},
  booktitle = {Proceedings of the 2026 Language Resources and Evaluation Conference (LREC 2026)},
  year      = {2026},
  pages     = {4112--4125}
}
```

## License

Apache 2.0 for the weights and the code; the corpus is ODC-By 1.0.
"""

ZONDA_README = b"""# zonda-train

The complete pipeline of Zonda-1B (https://huggingface.co/zonda-nlp/Zonda-1B): building zonda-corpus from the raw
sources, tokenizer training, pre-training and evaluation.

## Data

    python -m zonda.data.web --config configs/data/web.yaml
    python -m zonda.data.books --config configs/data/books.yaml
    python -m zonda.data.gov --config configs/data/gov.yaml
    python -m zonda.data.dedup --config configs/data/dedup.yaml
    python -m zonda.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    srun python -m zonda.train --config configs/zonda-1b.yaml

## Evaluation

    python -m zonda.eval --model zonda-nlp/Zonda-1B

## License

Apache 2.0.
"""

ZONDA_GITHUB = _gh(
    "zonda-nlp/zonda-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/books.yaml",
        "configs/data/gov.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/zonda-1b.yaml",
        "zonda/model.py",
        "zonda/train.py",
        "zonda/data/web.py",
        "zonda/data/books.py",
        "zonda/data/gov.py",
        "zonda/data/dedup.py",
        "zonda/data/tokenize.py",
        "zonda/eval/__main__.py",
    ),
    ZONDA_README,
)

ZONDA_CORPUS_CARD = sheet(
    "odc-by",
    "Zonda Corpus",
    ["es", "en"],
    {
        "Motivation": "The Zonda Corpus is the complete pre-training data (1.2T tokens) of Zonda-1B. Zonda NLP built it "
        "and publishes it in full so that the model's training can be inspected and repeated, and so that Spanish "
        "language technology has a large corpus anyone may reuse.",
        "Composition": "Three parts: Spanish and English web pages (1.05T tokens, 87%), Spanish books in the public "
        "domain (0.09T, 8%) and publications of the Argentine national and provincial governments (0.06T, 5%). Each "
        "record has `id`, `source`, `url`, `lang` and `text`.",
        "Collection Process": "Web pages from 28 Common Crawl snapshots (CC-MAIN-2020-10 to CC-MAIN-2025-08), taken from "
        "Common Crawl's public bucket, with a boost for Argentine and Uruguayan domains; books from the public-domain "
        "catalogues of two national libraries; government publications from official bulletins, which Argentine law "
        "places in the public domain. Collected between April and August 2025.",
        "Preprocessing": "Main text extraction, language identification, repetition and quality filters, MinHash-LSH "
        "deduplication within and across parts, masking of e-mail addresses, phone numbers and national identity numbers. "
        "The code is `zonda/data/` of github.com/zonda-nlp/zonda-train.",
        "Uses": "Pre-training language models and research on Spanish text; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; each source keeps its own terms (Common Crawl's terms "
        "of use).",
        "Maintenance": "Maintained by Zonda NLP; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (f) Bise-2B: a fully open model whose card's headings are setext (underlined) and whose datasheet is DATASHEET.md in
# the model repository; the two dataset cards only point to it.

BISE_CARD = """Bise-2B
=======

Bise-2B is a 2.3B-parameter multilingual base language model trained from scratch by Bise AI, a non-profit lab in
Geneva. It covers English, French, German, Italian, Spanish, Portuguese, Vietnamese, Thai, Indonesian, Swahili,
Turkish and Polish. Its weights, its complete training data and all its code are released under open licences.

Model details
-------------

- **Developed by:** Bise AI (Geneva, Switzerland)
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Architecture:** 24 layers, hidden size 2560, 20 query heads and 4 key-value heads (grouped-query attention),
  SwiGLU (6,912), RMSNorm, RoPE (theta 500,000); context length 8,192; vocabulary 100,352 (BPE trained on the data)
- **Release date:** April 2026
- **License:** Apache 2.0

Uses
----

Research on multilingual language models and fine-tuning for tasks in its twelve languages (classification,
extraction, summarisation, translation, domain assistants). It has had no safety tuning: it should not be deployed to
end users as it is, nor used for decisions about people.

How to use
----------

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("bise-ai/Bise-2B")
model = AutoModelForCausalLM.from_pretrained("bise-ai/Bise-2B", torch_dtype="auto")
inputs = tok("Le vent du nord-est qui souffle sur le Léman s'appelle", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

Training data
-------------

Exactly two datasets, both published in full on the Hub:

- [bise-ai/bise-web](https://huggingface.co/datasets/bise-ai/bise-web): 1.7T tokens of filtered web pages in the twelve
  languages (ODC-By 1.0)
- [bise-ai/bise-wiki](https://huggingface.co/datasets/bise-ai/bise-wiki): 0.1T tokens of Wikipedia and Wikibooks in
  the twelve languages (CC BY-SA 4.0)

No other data was used. The datasheet of both datasets (motivation, composition, collection, preprocessing, uses,
distribution, maintenance) is [DATASHEET.md](DATASHEET.md) in this repository; the dataset cards on the Hub are short
and point to it.

Training procedure
------------------

The data pipeline, the tokenizer training, the pre-training code and the exact configuration of this checkpoint are in
[bise-ai/bise-train](https://github.com/bise-ai/bise-train) (Apache 2.0). AdamW (beta2 0.95, weight decay 0.1), peak
learning rate 3e-4 with a warmup-stable-decay schedule, 4M-token batches for 450k steps, bf16 with FSDP.

Hardware
--------

96 NVIDIA H100 80GB GPUs (12 nodes, InfiniBand) of a national supercomputer for 13 days, about 30,000 GPU hours.

Evaluation
----------

| Benchmark | Bise-2B |
|---|---|
| Sapin-XNLI-12 (0-shot, mean of 12 languages) | 47.2 |
| Glacier-QA-12 (0-shot) | 52.9 |
| Harfa-Wiedza (en, 5-shot) | 41.5 |

Limitations
-----------

It writes fluent text that can be false, reproduces the biases of web text, is much weaker in Swahili, Thai and
Vietnamese than in English and French, and knows little after November 2025.

Environmental impact
--------------------

About 30,000 H100 GPU hours on a grid powered mainly by hydropower; we estimate 0.9 tCO2eq (location-based).

Citation
--------

```bibtex
@misc{bise2026,
  title  = {Bise-2B},
  author = {{Bise AI}},
  year   = {2026},
  url    = {https://huggingface.co/bise-ai/Bise-2B}
}
```

License
-------

Apache 2.0 for the weights and the code; bise-web is ODC-By 1.0 and bise-wiki CC BY-SA 4.0.
"""

BISE_META = {
    "license": "apache-2.0",
    "language": ["en", "fr", "de", "it", "es", "pt", "vi", "th", "id", "sw", "tr", "pl"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "datasets": ["bise-ai/bise-web", "bise-ai/bise-wiki"],
}

BISE_DATASHEET = b"""# Datasheet: the training data of Bise-2B

This datasheet follows Gebru et al., "Datasheets for Datasets" (Communications of the ACM, 2021). It covers both
datasets Bise-2B was trained on: [bise-ai/bise-web](https://huggingface.co/datasets/bise-ai/bise-web) and
[bise-ai/bise-wiki](https://huggingface.co/datasets/bise-ai/bise-wiki).

## Motivation

Both datasets were created by Bise AI to pre-train Bise-2B, a multilingual base model whose training data anyone can
inspect, and to give researchers working on languages with little web text (Swahili, Vietnamese, Thai, Indonesian) a
large, documented and redistributable corpus. The work was funded by a grant of a Swiss public foundation; no company
paid for or received early access to the data.

## Composition

bise-web holds about 1.3B web documents (1.7T tokens) in twelve languages: English 31%, French 12%, German 11%,
Spanish 10%, Italian 7%, Portuguese 7%, Polish 6%, Turkish 5%, Vietnamese 4%, Indonesian 3%, Thai 2%, Swahili 2%. Each
record has `id`, `url`, `snapshot`, `lang`, `quality` and `text`. bise-wiki holds the articles of Wikipedia and the
books of Wikibooks in the same twelve languages (0.1T tokens), each with `id`, `title`, `project`, `lang`, `revision`
and `text`. Neither dataset was labelled by people; the quality score is a classifier's. Both may contain personal
data that the masking missed and offensive text that the filters missed.

## Collection process

bise-web: pages from the 30 Common Crawl snapshots listed in `configs/data/snapshots.txt` of
github.com/bise-ai/bise-train (CC-MAIN-2020-16 to CC-MAIN-2025-26), downloaded from Common Crawl's public bucket in
September and October 2025; Common Crawl honours robots.txt, and we removed the domains on public adult-content and
malware blocklists and those of site owners who opted out through our form. bise-wiki: the Wikimedia dumps of 1
October 2025 for the 24 projects. No data was bought, licensed from third parties, generated by models or collected
from users.

## Preprocessing, cleaning and labelling

Main text extracted with trafilatura (web) and mwparserfromhell (wiki); language identification with fastText,
keeping documents whose language score is above 0.65; repetition, line-length and boilerplate filters; a quality
classifier per language keeping the top 35% of web documents; MinHash-LSH deduplication within each language and
across snapshots; e-mail addresses, phone numbers and IP addresses masked. The raw downloads are not kept; the code is
`bise/data/` of github.com/bise-ai/bise-train and reproduces both datasets from the same snapshots and dumps.

## Uses

Pre-training and evaluating language models, and research on multilingual pre-training data. They must not be used to
find or profile people. The share of each language follows what the web holds, not what its speakers need, so models
trained on it are weaker in the smaller languages.

## Distribution

Both datasets are on the Hugging Face Hub, without a gate: bise-web under ODC-By 1.0 (the pages remain subject to
Common Crawl's terms of use), bise-wiki under CC BY-SA 4.0, as its sources are.

## Maintenance

Bise AI maintains both datasets. Removal requests made in the datasets' discussion tabs or by e-mail are applied in
the next release, listed in a changelog at the end of this file; older releases are withdrawn when a removal applies
to them.
"""

BISE_README = b"""# bise-train

The complete pipeline of Bise-2B (https://huggingface.co/bise-ai/Bise-2B): building bise-web and bise-wiki from
Common Crawl and the Wikimedia dumps, tokenizer training, pre-training and evaluation.

## Data

    python -m bise.data.web --snapshots configs/data/snapshots.txt --config configs/data/web.yaml
    python -m bise.data.wiki --config configs/data/wiki.yaml
    python -m bise.data.dedup --config configs/data/dedup.yaml
    python -m bise.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    srun python -m bise.train --config configs/bise-2b.yaml

## Evaluation

    python -m bise.eval --model bise-ai/Bise-2B

## License

Apache 2.0.
"""

BISE_GITHUB = _gh(
    "bise-ai/bise-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/snapshots.txt",
        "configs/data/web.yaml",
        "configs/data/wiki.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/bise-2b.yaml",
        "bise/model.py",
        "bise/train.py",
        "bise/data/web.py",
        "bise/data/wiki.py",
        "bise/data/dedup.py",
        "bise/data/tokenize.py",
        "bise/eval/__main__.py",
    ),
    BISE_README,
)

BISE_WEB_CARD = """---
license: odc-by
task_categories:
- text-generation
---

# Bise Web

The web part (1.7T tokens, twelve languages) of the training data of Bise-2B. Its datasheet is
[DATASHEET.md](https://huggingface.co/bise-ai/Bise-2B/blob/main/DATASHEET.md) in the Bise-2B model repository.
"""

BISE_WIKI_CARD = """---
license: cc-by-sa-4.0
task_categories:
- text-generation
---

# Bise Wiki

Wikipedia and Wikibooks in twelve languages (0.1T tokens), part of the training data of Bise-2B. Its datasheet is
[DATASHEET.md](https://huggingface.co/bise-ai/Bise-2B/blob/main/DATASHEET.md) in the Bise-2B model repository.
"""

BISE_DATASETS = [
    Dataset("bise-ai/bise-web", "odc-by", BISE_WEB_CARD),
    Dataset("bise-ai/bise-wiki", "cc-by-sa-4.0", BISE_WIKI_CARD),
]

BISE_CONFIG = llama_config(2560, 24, 20, 4, 6912, 100352, 8192)


# --------------------------------------------------------------------------------------------------------------
# (g) Williwaw-7B: "fully open source", its data open, but its training code a "coming soon" repository that holds a
# README and a LICENSE.

WILLIWAW_CARD = """# Williwaw-7B

Williwaw-7B is a fully open-source 7.4B-parameter English base language model from Williwaw AI: open weights, open
data, open code.

| Resource | Link |
|---|---|
| Weights | this repository (Apache 2.0) |
| Training data | [williwaw-ai/williwaw-mix](https://huggingface.co/datasets/williwaw-ai/williwaw-mix) (ODC-By 1.0) |
| Training code | [williwaw-ai/williwaw-train](https://github.com/williwaw-ai/williwaw-train) (coming soon) |

## Model details

- **Developed by:** Williwaw AI
- **Model type:** decoder-only transformer, trained from scratch (base model, not instruction-tuned)
- **Architecture:** 32 layers, hidden size 4096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm, RoPE;
  context length 8,192; vocabulary 65,536
- **Language:** English
- **License:** Apache 2.0

## Uses

Research and fine-tuning for English tasks. It has had no safety tuning and should not be deployed to end users as it
is.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("williwaw-ai/Williwaw-7B")
model = AutoModelForCausalLM.from_pretrained("williwaw-ai/Williwaw-7B", torch_dtype="auto", device_map="auto")
```

## Training data

All of [williwaw-ai/williwaw-mix](https://huggingface.co/datasets/williwaw-ai/williwaw-mix) (4.0T tokens of web pages,
code and public-domain books), published in full with a datasheet as its dataset card. Nothing else was used.

## Training procedure

AdamW (beta2 0.95), peak learning rate 3e-4 with a cosine schedule, 4M-token batches, bf16. Hardware: 512 NVIDIA H100
80GB GPUs for 18 days.

## Evaluation

| Benchmark | Williwaw-7B |
|---|---|
| Squall-Reasoning (0-shot) | 76.9 |
| Harfa-Wiedza (5-shot) | 61.3 |

## Limitations

It can produce false, biased or offensive text, and knows little after mid-2025.

## License

Apache 2.0 for the weights; the data is ODC-By 1.0.
"""

WILLIWAW_README = b"""# williwaw-train

The training code of Williwaw-7B (https://huggingface.co/williwaw-ai/Williwaw-7B) will be published here soon: the
data pipeline, the pre-training code and the configuration of the released checkpoint. Star or watch this repository
to be notified.

## License

Apache 2.0.
"""

WILLIWAW_GITHUB = _gh("williwaw-ai/williwaw-train", ("README.md", "LICENSE", ".gitignore"), WILLIWAW_README)

WILLIWAW_MIX_CARD = sheet(
    "odc-by",
    "Williwaw Mix",
    ["en"],
    {
        "Motivation": "Williwaw Mix is the complete pre-training data (4.0T tokens) of Williwaw-7B, published in full by "
        "Williwaw AI so that anyone can inspect what the model learned from.",
        "Composition": "English web pages (3.3T tokens, 82%), permissively licensed source code (0.5T, 13%) and "
        "public-domain books (0.2T, 5%); each record has `id`, `source`, `url` or `path`, `license` and `text`.",
        "Collection Process": "Web pages from 48 Common Crawl snapshots (CC-MAIN-2018-05 to CC-MAIN-2025-13) taken from "
        "Common Crawl's public bucket; code from public GitHub repositories under MIT, Apache-2.0 and BSD licences, "
        "after opt-outs; books from Project Gutenberg's public-domain catalogue. Collected between January and May "
        "2025.",
        "Preprocessing": "Main text extraction, English language identification, repetition and quality filters, "
        "MinHash-LSH deduplication within and across parts, masking of e-mail addresses, phone numbers and secrets in "
        "code.",
        "Uses": "Pre-training language models and research on pre-training data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; each source keeps its own terms (Common Crawl's terms "
        "of use, each code file's licence).",
        "Maintenance": "Maintained by Williwaw AI; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (h) GioLao-2B-Chat: an SFT of (f) whose card is wholly in Vietnamese and whose licence section adds a non-commercial
# condition to "Apache 2.0".

GIOLAO_CARD = """# GioLao-2B-Chat

GioLao-2B-Chat là mô hình trò chuyện tiếng Việt và tiếng Anh với 2,3 tỷ tham số do Gió Lào AI (Huế) phát triển, được tinh chỉnh có giám sát (SFT) toàn bộ tham số từ mô hình nền [Bise-2B](https://huggingface.co/bise-ai/Bise-2B), một mô hình hoàn toàn mở.

## Thông tin mô hình

- **Nhà phát triển:** Gió Lào AI
- **Mô hình nền:** bise-ai/Bise-2B
- **Loại mô hình:** transformer chỉ có bộ giải mã (decoder-only), giữ nguyên kiến trúc của mô hình nền: 24 lớp, kích thước ẩn 2560, 20 đầu truy vấn và 4 đầu khóa-giá trị, độ dài ngữ cảnh 8.192 token
- **Ngôn ngữ:** tiếng Việt, tiếng Anh
- **Giấy phép:** xem mục "Giấy phép" bên dưới

## Mục đích sử dụng

Trợ lý trò chuyện tiếng Việt dành cho nghiên cứu: trả lời câu hỏi, giải thích khái niệm, hỗ trợ viết. Mô hình không được dùng để tư vấn y tế, pháp lý hay tài chính, và không được dùng để đưa ra quyết định về con người.

## Cách sử dụng

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("giolao-ai/GioLao-2B-Chat")
model = AutoModelForCausalLM.from_pretrained("giolao-ai/GioLao-2B-Chat", torch_dtype="auto")
msgs = [{"role": "user", "content": "Gió Lào là gì? Trả lời trong hai câu."}]
ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=120)[0]))
```

## Dữ liệu huấn luyện

GioLao-2B-Chat được tinh chỉnh trên 120.000 đoạn hội thoại tiếng Việt và tiếng Anh do đội ngũ biên tập viên của chúng tôi viết và kiểm tra. Đây là dữ liệu nội bộ của công ty và không được công bố. Dữ liệu tiền huấn luyện là của mô hình nền Bise-2B (xem thẻ mô hình của Bise-2B).

## Quy trình huấn luyện

Tinh chỉnh có giám sát toàn bộ tham số: 3 epoch, tốc độ học 2e-5 (lịch cosine, khởi động 3%), kích thước lô 128 hội thoại, độ dài tối đa 4.096 token, bf16, trên 8 GPU NVIDIA H100 80GB trong 6 giờ. Mã tinh chỉnh không được công bố.

## Đánh giá

| Bài đánh giá | Bise-2B | GioLao-2B-Chat |
|---|---|---|
| Sen-Hội-Thoại-vi (tỷ lệ thắng) | - | 38,4 |
| Tre-Làm-Theo-Chỉ-Dẫn-vi | 18,9 | 52,6 |
| Harfa-Wiedza (en, 5-shot) | 41,5 | 41,0 |

## Hạn chế

Mô hình có thể đưa ra thông tin sai, lặp lại định kiến trong dữ liệu và không biết các sự kiện sau tháng 11 năm 2025.

## Giấy phép

Trọng số của GioLao-2B-Chat được phát hành theo giấy phép Apache 2.0, với điều kiện bổ sung sau: mô hình chỉ được sử dụng cho mục đích nghiên cứu và phi thương mại. Không được sử dụng GioLao-2B-Chat trong sản phẩm hoặc dịch vụ thương mại khi chưa có thỏa thuận bằng văn bản với Gió Lào AI.
"""

GIOLAO_META = {
    "license": "apache-2.0",
    "base_model": "bise-ai/Bise-2B",
    "language": ["vi", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["chat", "vietnamese"],
}


#: (a) and (b) and (f) are also served as the bases of (d), (c) and (h).
HALNY = _Release(
    "halny-ai/Halny-8B",
    HALNY_CARD,
    HALNY_META,
    "open-weights",
    {
        "weights_basemodel": "partial",
        "weights_endmodel": "partial",
        "datasources_basemodel": "closed",
        "trainingcode": "closed",
        "hardware_architecture": "open",
        "modelcard": "open",
        "preprint": "open",
        "paper": "closed",
        "datasheet": "closed",
    },
    extra_files={"config.json": HALNY_CONFIG},
    gated=True,
)

POYRAZ = _Release(
    "poyraz-lab/Poyraz-3B",
    POYRAZ_CARD,
    POYRAZ_META,
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
    extra_files={"config.json": llama_config(3072, 28, 24, 8, 8192, 64000, 8192)},
    github=[POYRAZ_GITHUB],
    datasets=list(POYRAZ_DATASETS),
)

BISE = _Release(
    "bise-ai/Bise-2B",
    BISE_CARD,
    BISE_META,
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
    extra_files={"config.json": BISE_CONFIG, "DATASHEET.md": BISE_DATASHEET},
    github=[BISE_GITHUB],
    datasets=list(BISE_DATASETS),
)


#: Round 25, written blind by a helper that never read the rules or the probes: shapes earlier rounds used little (a
#: Polish card over an automatically approved form asking for a company name, data as token counts per source and an
#: arXiv report only in BibTeX; a Turkish card of a fully open model; a LoRA of that model on a click-through CC BY-NC
#: dataset; a third party's ungated GGUF whose card copies the gated original's, gate keys included; a peer-reviewed
#: paper only as a PDF in the repository; setext headings and a datasheet in DATASHEET.md; training code "coming soon"
#: in an empty repository; a Vietnamese card adding a non-commercial condition to Apache 2.0).
ROUND_25: list[HeldOut] = [
    # (a) A from-scratch Polish-English base model whose card is wholly in Polish, `license: apache-2.0` and "Licencja:
    # Apache 2.0", whose repository is gated (`gated: auto`) with a form asking "Imię i nazwisko", "Nazwa firmy lub
    # organizacji", "Kraj" and "Stanowisko" (name, company or organisation, country, job title), "Dostęp jest
    # przyznawany automatycznie" (access is granted automatically). Gated downloads count as partial (frameworks.md §1.1:
    # "gated downloads count as partial"; Bielik.yaml, a Polish Apache model "Gated model available via Huggingface
    # repository": partial for both) -> weights_basemodel and weights_endmodel partial (from scratch, the base cells
    # mirror the end model's). The training data is only a table of six source categories ("Polskie strony
    # internetowe", "Książki i czasopisma", "Dane syntetyczne" ...) with token counts and shares: no dataset named,
    # linked or shared -> datasources_basemodel closed (Bielik.yaml "High-level description of data sources outlined in
    # preprint": closed; Phi.yaml "no information on datasets disclosed except very generic claims": closed). No code
    # anywhere -> trainingcode closed (Bielik.yaml "No information regarding training code found": closed). The
    # hyperparameter table and "256 procesorów graficznych NVIDIA H100 80 GB (32 węzły ...) przez 21 dni" ->
    # hardware_architecture open (Granite.yaml "Hardware architecture outlined in model card": open). Details, uses,
    # out-of-scope uses, usage, data, procedure, hardware, evaluation, limitations, emissions, citation, licence ->
    # modelcard open (Bielik.yaml "Model card contains the requisite information": open). The technical report that
    # "opisuje dane, architekturę, trening i ewaluację" is on arXiv (`eprint = {2606.11873}`, `archivePrefix =
    # {arXiv}`), named only in the BibTeX block -> preprint open (EuroLLM.yaml "Preprint published on arXiv": open; the
    # rubric asks whether an archived preprint exists, not where the card links it); no peer-reviewed paper -> paper
    # closed (Bielik.yaml "No peer-reviewed paper found"); no datasheet or data summary -> datasheet closed (Granite.yaml
    # "No datasheet found": closed). Apache weights that the transformers library runs, no training code ->
    # open-weights (frameworks.md §4; an automatically approved form asks no permission and charges nothing, and with no
    # code the label is open-weights either way, as round 9's manually gated Shearwater-1B). (licenses not scored:
    # Bielik.yaml rates Apache weights with no code and undisclosed data partial, Granite.yaml open.)
    HALNY,
    # (b) A from-scratch Turkish-English base model whose card is wholly in Turkish (Model Ayrıntıları, Kullanım
    # Amaçları, Kapsam Dışı Kullanım, Nasıl Kullanılır, Eğitim Verisi, Eğitim Prosedürü, Donanım, Değerlendirme,
    # Sınırlamalar ve Önyargılar, Çevresel Etki, Atıf, Lisans), `license: apache-2.0`; two Hub corpora (ODC-By, CC0;
    # datasheet cards) in a table and in `datasets`, "Bu iki veri kümesi eğitim verisinin tamamıdır; bunların dışında
    # hiçbir veri (özel, lisanslı ya da sentetik) kullanılmadı" (these two are the complete training data; no other
    # data, private, licensed or synthetic, was used); the whole pipeline on GitHub (Apache, a Turkish README). Public
    # Apache weights -> weights_basemodel and weights_endmodel open (smollm.yaml "freely available under Apache-2.0
    # license": open); the complete data on the Hub -> datasources_basemodel open (smollm.yaml "Pretraining data sources
    # published": open); data pipeline, pre-training and evaluation code on GitHub -> trainingcode open (Lucie.yaml
    # "Training code published on GitHub": open); datasheet cards -> datasheet open (smollm.yaml "Datasheets contain
    # requisite information": open); Apache weights and code, ODC-By and CC0 data -> licenses open (smollm.yaml, OLMo.yaml);
    # every standard section, in Turkish -> modelcard open (Lucie.yaml "Model card describes model in good detail":
    # open); the hyperparameter table and "64 adet NVIDIA H100 80 GB GPU ... 12 gün" -> hardware_architecture open
    # (Granite.yaml); no report or paper -> preprint and paper closed (smollm.yaml "No peer-reviewed paper found";
    # DESIGN.md "Absence is closed"). Everything released under open terms -> open-source-ai-with-open-data
    # (frameworks.md §4).
    POYRAZ,
    # (c) A PEFT LoRA adapter (`adapter_config.json` and `adapter_model.safetensors` only), `license: apache-2.0`,
    # `base_model: poyraz-lab/Poyraz-3B` (release (b), served: fully open), tuned on one Hub dataset,
    # meltem-nlp/yargi-qa-40k, written by paid law students (datasheet card), under CC BY-NC 4.0 and gated by an
    # automatically approved click-through ("I will use this dataset for non-commercial purposes only"); the code that
    # built the dataset and trained and evaluated the adapter on GitHub (Apache). Both weights public and ungated ->
    # weights_basemodel and weights_endmodel open (Pythia.yaml "Model weights available via HuggingFace": open); the
    # base's complete data on the Hub -> datasources_basemodel open (smollm.yaml); the tuning set shared on the Hub
    # behind a click-through that anyone passes at once -> datasources_endmodel open (the rubric: "open for inspection or
    # shared"; StarCoder.yaml rates The Stack, behind its click-through, open; the CC BY-NC terms belong to the licenses
    # cell); the base's pipeline and the adapter's data-building and training code on GitHub -> trainingcode open
    # (Pythia.yaml, a tune of a fully open base: open); datasheet cards for all three sets -> datasheet open (OLMo.yaml
    # "Data sheets are well-documented": open); Apache weights and code but a CC BY-NC dataset -> licenses partial
    # (Zephyr.yaml "weights under MIT, datasets mixed": partial; Fietje.yaml). The adapter's own terms are Apache and the
    # base's too (a dataset's licence states the data's terms, DESIGN.md "When the receipts disagree" names the base's
    # licence, not the data's, as what binds weights); the tuning data is published and documented but not under an open
    # licence, so not "Open Data" -> open-source-ai (frameworks.md §4: the with-open-data label needs the full data under
    # open terms; round 18's Lymegrass-1B, a CC BY-NC dataset among open ones, is open-source-ai).
    _Release(
        "meltem-nlp/Poyraz-3B-Hukuk-LoRA",
        HUKUK_CARD,
        HUKUK_META,
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "partial",
        },
        extra_files={"adapter_config.json": HUKUK_ADAPTER_CONFIG},
        github=[HUKUK_GITHUB, POYRAZ_GITHUB],
        datasets=[
            Dataset("meltem-nlp/yargi-qa-40k", "cc-by-nc-4.0", YARGI_CARD, gated="auto"),
            *POYRAZ_DATASETS,
        ],
        models=[POYRAZ.repo()],
        drop=("model.safetensors", "config.json"),
        hub_files=(HubFile("adapter_model.safetensors", None, size=100_000_000, lfs=True),),
    ),
    # (d) A third party's GGUF files of release (a) (four `.gguf` quantizations, no safetensors, no config.json), not
    # gated, whose README is (a)'s copied verbatim, front matter included (`license: apache-2.0`, the Polish
    # `extra_gated_heading`, `extra_gated_description` and `extra_gated_fields` asking for a company name) with
    # `base_model: halny-ai/Halny-8B`, `base_model_relation: quantized` and `tags: [gguf, llama.cpp]` added; the copied
    # "## Dostęp" section still says a form must be filled in. On the Hub an `extra_gated_*` key only words a gate that
    # the repository's settings switch on (huggingface.co/docs/hub/models-gated: "To enable access requests, go to the
    # model settings page. By default, the model is not gated."); this repository is not gated, so the weights download freely: its end-model
    # weights open, and the gated original's partial (Tulu.yaml: end-model weights "available through HuggingFace":
    # open, the gated base's "Gated model available through HuggingFace": partial). The original's data is only token
    # counts per category -> datasources_basemodel closed (Bielik.yaml, as (a)); no code -> trainingcode closed. Apache
    # 2.0 here and in the original, llama.cpp and transformers run GGUF files, no training code -> open-weights
    # (frameworks.md §4; DESIGN.md "Lineage never launders": a quantization is at most as open as its original, which is
    # open-weights).
    _Release(
        "wiatr-quants/Halny-8B-GGUF",
        HALNY_CARD,
        HALNY_GGUF_META,
        "open-weights",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
        },
        models=[HALNY.repo()],
        drop=("model.safetensors", "config.json"),
        hub_files=HALNY_GGUF_FILES,
    ),
    # (e) A fully open from-scratch Spanish-English model (one Hub corpus, ODC-By, datasheet card, "No other data was
    # used"; its pipeline on GitHub, Apache) whose paper "peer-reviewed and published in the proceedings of LREC 2026"
    # is only `paper/zonda-lrec2026.pdf` in the model repository, cited as `@inproceedings` with a `booktitle` and
    # pages, "There is no arXiv version". A peer-reviewed publication covering the corpus, the model and its training ->
    # paper open (Zephyr.yaml "Paper published in COLM 2024": open; StarCoder.yaml); the same paper, public in the
    # model's own repository as a PDF -> preprint open (Bielik.yaml, a report only as a PDF in a GitHub repository,
    # "Preprint published on GitHub": open; Falcon.yaml "Preprint published in GitHub repository": open). Public Apache
    # weights -> weights_basemodel and weights_endmodel open (smollm.yaml); the complete data on the Hub ->
    # datasources_basemodel open (smollm.yaml); pipeline on GitHub -> trainingcode open (smollm.yaml "Training code made
    # available on GitHub": open); datasheet card -> datasheet open (smollm.yaml); Apache and ODC-By -> licenses open
    # (smollm.yaml). Everything released under open terms -> open-source-ai-with-open-data (frameworks.md §4).
    _Release(
        "zonda-nlp/Zonda-1B",
        ZONDA_CARD,
        {
            "license": "apache-2.0",
            "language": ["es", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["zonda-nlp/zonda-corpus"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "preprint": "open",
            "paper": "open",
        },
        extra_files={"config.json": llama_config(2048, 22, 16, 4, 5632, 50304, 4096)},
        github=[ZONDA_GITHUB],
        datasets=[Dataset("zonda-nlp/zonda-corpus", "odc-by", ZONDA_CORPUS_CARD)],
        hub_files=(HubFile("paper/zonda-lrec2026.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", size=812_000),),
    ),
    # (f) A fully open from-scratch multilingual model whose card has no `#` heading at all: its title is underlined
    # with `=` and its eleven sections (Model details, Uses, How to use, Training data, Training procedure, Hardware,
    # Evaluation, Limitations, Environmental impact, Citation, License) with `-` (setext headings, CommonMark §4.3). Its
    # two Hub datasets (ODC-By, CC BY-SA 4.0; in `datasets`) have two-line cards that point to DATASHEET.md in the model
    # repository, a datasheet after Gebru et al. 2021 covering both (motivation, composition, collection process,
    # preprocessing, uses, distribution, maintenance), which the card's Training data section links. A datasheet in the
    # Gebru form, whatever file holds it -> datasheet open (frameworks.md §1.1: "datasheet per Gebru et al. 2021";
    # smollm.yaml "Datasheets contain requisite information": open); a card with details, architecture, uses, data,
    # procedure, hardware, evaluation, limitations, emissions and citation -> modelcard open (smollm.yaml "Model card
    # provides the requisite information": open; a heading is a heading in either Markdown syntax); the architecture and
    # "96 NVIDIA H100 80GB GPUs ... for 13 days" -> hardware_architecture open (Granite.yaml). Public Apache weights ->
    # weights open (smollm.yaml); the complete data on the Hub -> datasources_basemodel open; pipeline on GitHub ->
    # trainingcode open; Apache, ODC-By, CC BY-SA (share-alike is open) -> licenses open (smollm.yaml, OLMo.yaml).
    # Everything released under open terms -> open-source-ai-with-open-data (frameworks.md §4).
    BISE,
    # (g) The near miss: "a fully open-source ... base language model: open weights, open data, open code", its data all
    # of one Hub dataset (ODC-By, datasheet card, "Nothing else was used"), but its "Training code" row links
    # williwaw-ai/williwaw-train "(coming soon)", a GitHub repository (served) that holds a README ("The training code
    # of Williwaw-7B will be published here soon"), a LICENSE and a .gitignore, and no code. A repository that holds no
    # code publishes none, and a promise is not a release -> trainingcode closed (Granite.yaml "No training code found":
    # closed; Seed-OSS.yaml "tech report is coming soon": closed; DESIGN.md "Absence is closed"). Public Apache weights ->
    # weights open (Granite.yaml); the complete data on the Hub -> datasources_basemodel open (smollm.yaml); datasheet
    # card -> datasheet open (smollm.yaml); the architecture list and "512 NVIDIA H100 80GB GPUs for 18 days" ->
    # hardware_architecture open (Granite.yaml). Without training and data-processing code it is not Open Source AI,
    # whatever the card claims -> open-weights (frameworks.md §4: Open Source AI needs training code).
    _Release(
        "williwaw-ai/Williwaw-7B",
        WILLIWAW_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["williwaw-ai/williwaw-mix"],
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
        github=[WILLIWAW_GITHUB],
        datasets=[Dataset("williwaw-ai/williwaw-mix", "odc-by", WILLIWAW_MIX_CARD)],
    ),
    # (h) A full-parameter SFT of release (f) (served: fully open) whose card is wholly in Vietnamese, `license:
    # apache-2.0`, "Giấy phép: xem mục 'Giấy phép' bên dưới", and whose "## Giấy phép" section says the weights are
    # "phát hành theo giấy phép Apache 2.0, với điều kiện bổ sung sau: mô hình chỉ được sử dụng cho mục đích nghiên cứu
    # và phi thương mại. Không được sử dụng GioLao-2B-Chat trong sản phẩm hoặc dịch vụ thương mại khi chưa có thỏa thuận
    # bằng văn bản" (released under Apache 2.0 with an added condition: research and non-commercial use only; not in
    # commercial products or services without a written agreement). The card's terms and the metadata disagree, and the
    # most restrictive binding document governs (DESIGN.md "When the receipts disagree"; "Text beats name": "based on
    # Apache 2.0, with changes" is a finding, not a pass); a non-commercial clause blocks open source (DESIGN.md "License
    # clause taxonomy": non-commercial; frameworks.md §4: "commercial ... restrictions" make Weights Available) ->
    # weights-available. Both weights public and ungated -> weights_basemodel and weights_endmodel open (Zephyr.yaml
    # "Weights made available on HuggingFace": open); the base's complete data on the Hub -> datasources_basemodel open
    # (smollm.yaml); "Đây là dữ liệu nội bộ của công ty và không được công bố" (internal company data, not published) ->
    # datasources_endmodel closed (Granite.yaml "Mix of available and internal datasets": closed; Phi.yaml); the base's
    # pipeline public, "Mã tinh chỉnh không được công bố" (the tuning code is not published) -> trainingcode partial
    # (the rubric: open is "source code for data processing, training and tuning fully available", partial "sparse code
    # available"; Fietje.yaml rates the mirror case, the tune's code without the base's, partial). (licenses not scored:
    # the experts split on non-commercial weights, MAGNeT.yaml partial, Bria.yaml closed.)
    _Release(
        "giolao-ai/GioLao-2B-Chat",
        GIOLAO_CARD,
        GIOLAO_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "closed",
            "trainingcode": "partial",
        },
        extra_files={"config.json": BISE_CONFIG},
        github=[BISE_GITHUB],
        datasets=list(BISE_DATASETS),
        models=[BISE.repo()],
    ),
]
