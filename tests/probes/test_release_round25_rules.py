# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 25: cards in Polish, Turkish, Vietnamese and Italian (their sections and their
training hardware); `extra_gated_*` keys copied into the card of a repository the Hub does not gate; a datasheet kept
as a file of the model repository or of a dataset repository; and a licence section written in a language opengauge
does not read that says more than the licence's name. Every card here is made up."""

from __future__ import annotations

import pytest

from opengauge.audit.metadata import release_from_row
from opengauge.model import DatasetRef, Document, DocumentKind, FileEntry, Level, Release
from opengauge.probes import run_probes
from opengauge.sources import resolve
from tests.probes.helpers import release
from tests.servers.fakes import HubFile, HubRepo, fake_sha

_BODY = (
    "Ten akapit mówi o modelu wystarczająco dużo, by sekcja liczyła się jako prawdziwa część karty modelu."
)


def _card(body: str, front: str = "license: apache-2.0\n") -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"---\n{front}---\n" + body)


def _finding(r: Release, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


# --- card sections in Polish, Turkish, Vietnamese and Italian -------------------------------------------------------


def _atx(titles: tuple[str, ...]) -> str:
    return "# Demo-7B\n\n" + "".join(f"## {t}\n\n{_BODY}\n\n" for t in titles)


def _setext(titles: tuple[str, ...]) -> str:
    return "Demo-7B\n=======\n\n" + "".join(f"{t}\n{'-' * len(t)}\n\n{_BODY}\n\n" for t in titles)


def _bold(titles: tuple[str, ...]) -> str:
    return "# Demo-7B\n\n" + "".join(f"**{t}:** {_BODY}\n\n" for t in titles)


_SECTIONS = {
    "polish": (
        "Opis modelu",
        "Przeznaczenie",
        "Ograniczenia i ryzyka",
        "Pierwsze kroki",
        "Zbiór danych",
        "Wyniki",
        "Ślad węglowy",
        "Architektura",
        "Jak cytować",
    ),
    "turkish": (
        "Model Hakkında",
        "Kullanım Alanları",
        "Riskler",
        "Hızlı Başlangıç",
        "Veri Kümesi",
        "Sonuçlar",
        "Karbon Ayak İzi",
        "Mimari",
        "Kaynakça",
    ),
    "vietnamese": (
        "Giới thiệu",
        "Ứng dụng",
        "Rủi ro và thiên kiến",
        "Hướng dẫn sử dụng",
        "Huấn luyện",
        "Kết quả",
        "Tác động môi trường",
        "Kiến trúc",
        "Trích dẫn",
    ),
    "italian": (
        "Informazioni sul modello",
        "Usi previsti",
        "Limiti noti",
        "Come iniziare",
        "Procedura di addestramento",
        "Risultati",
        "Impatto ambientale",
        "Hardware",
        "Come citare",
    ),
}


@pytest.mark.parametrize("style", [_atx, _setext, _bold], ids=["atx", "setext", "bold-label"])
@pytest.mark.parametrize("language", sorted(_SECTIONS))
def test_a_card_in_another_language_has_its_sections(language: str, style) -> None:
    f = _finding(release(documents=[_card(style(_SECTIONS[language]))]), "model-card")
    assert f.level is Level.OPEN, (language, f.reason)


@pytest.mark.parametrize(
    "titles",
    [
        ("Dostęp", "Licencja", "Podziękowania", "Kontakt"),
        ("Lisans", "Teşekkürler", "İletişim", "Sürüm Notları"),
        ("Giấy phép", "Lời cảm ơn", "Liên hệ", "Nhật ký thay đổi"),
    ],
)
def test_titles_that_name_no_standard_section_stay_none(titles: tuple[str, ...]) -> None:
    f = _finding(release(documents=[_card(_atx(titles))]), "model-card")
    assert f.level is Level.CLOSED, (titles, f.reason)


# --- the training hardware in those languages -----------------------------------------------------------------------

_ARCH = "## Architektura\n\nTransformer typu decoder-only: 32 warstwy, wymiar ukryty 4096, 32 głowice uwagi, RoPE.\n\n"


@pytest.mark.parametrize(
    "section",
    [
        "## Uwagi\n\nModel wytrenowano na 64 kartach H100 w ciągu 10 dni.\n",
        "## Notlar\n\nModel 128 adet H100 üzerinde eğitildi; toplam 40.000 GPU saati.\n",
        "## Ghi chú\n\nMô hình được huấn luyện trên 16 GPU A100 trong 5 ngày.\n",
        "## Calcolo\n\n32 GPU H100 per 12 giorni nel centro dell'università.\n",
        "## Altyapı\n\n8 düğümde 64 adet A100 80 GB, 9 gün.\n",
        "## Phần cứng\n\n32 GPU H100 80GB (4 nút) trong 11 ngày.\n",
        "## Szczegóły\n\n- **Sprzęt:** 256 × H100 80 GB, 21 dni\n",
        "| Özellik | Değer |\n|---|---|\n| Donanım | 64 H100 |\n",
    ],
)
def test_the_training_hardware_is_read_in_the_card_s_language(section: str) -> None:
    f = _finding(release(documents=[_card("# Demo-7B\n\n" + _ARCH + section)]), "architecture-hardware")
    assert f.data["hardware"], (section, f.reason)


@pytest.mark.parametrize(
    "section",
    [
        "## Wymagania\n\nDo wnioskowania wystarczy jedna karta A100.\n",
        "## Dostrajanie\n\nDostrajanie LoRA zajmuje 2 godziny na jednej karcie A100.\n",
        "## Nasıl Kullanılır\n\nÇıkarım için tek bir A100 80 GB yeterlidir.\n",
        "## Tinh chỉnh\n\nTinh chỉnh LoRA chỉ cần 1 GPU A100 trong 3 giờ.\n",
        "## Come usare\n\nPer l'inferenza basta una GPU A100.\n",
    ],
)
def test_gpus_named_for_running_or_tuning_the_model_are_not_the_training_setup(section: str) -> None:
    f = _finding(release(documents=[_card("# Demo-7B\n\n" + _ARCH + section)]), "architecture-hardware")
    assert not f.data["hardware"], (section, f.reason)


# --- a gate is what the Hub says, not the card's extra_gated_* keys ----------------------------------------------------

_GATE_KEYS = {
    "license": "apache-2.0",
    "extra_gated_heading": "Dostęp do modelu",
    "extra_gated_fields": {"Firma": "text", "Kraj": "country"},
    "extra_gated_prompt": "Podaj kilka informacji o sobie.",
}


@pytest.mark.parametrize(
    ("gated", "level"), [(False, Level.OPEN), ("auto", Level.PARTIAL), ("manual", Level.PARTIAL)]
)
def test_the_hub_s_gated_value_decides_whatever_the_card_s_keys(gated, level) -> None:
    f = _finding(release(metadata=dict(_GATE_KEYS), gated=gated), "weights-published")
    assert f.level is level and f.data["gated"] is (level is Level.PARTIAL), f.reason


def test_without_any_gated_value_the_card_s_keys_stand_for_the_gate() -> None:
    # a local folder: no API value is known, and the keys configure a gate where the original is kept
    f = _finding(release(source="local", metadata=dict(_GATE_KEYS), gated=None), "weights-published")
    assert f.level is Level.PARTIAL, f.reason


def _gguf_card(front: str) -> bytes:
    return f"---\n{front}---\n\n# Demo-8B-GGUF\n\nQuantizations of demo/Demo-8B.\n".encode()


_COPIED_FRONT = (
    "license: apache-2.0\nbase_model: demo/Demo-8B\nbase_model_relation: quantized\n"
    "extra_gated_heading: Access Demo-8B\nextra_gated_fields:\n  Company: text\n  Country: country\n"
)


@pytest.mark.parametrize(("gated", "level"), [(False, Level.OPEN), ("auto", Level.PARTIAL)])
def test_an_ungated_hub_copy_of_a_gated_card_downloads_freely(fake_hub, gated, level) -> None:
    files = {
        "README.md": HubFile("README.md", _gguf_card(_COPIED_FRONT)),
        "demo-8b.Q4_K_M.gguf": HubFile("demo-8b.Q4_K_M.gguf", None, size=4_900_000_000, lfs=True),
    }
    fake_hub.add_model(
        HubRepo("quants/Demo-8B-GGUF", fake_sha("hub", "quants/Demo-8B-GGUF"), files=files, gated=gated)
    )
    f = _finding(resolve("hf:quants/Demo-8B-GGUF", lineage_depth=0), "weights-published")
    assert f.level is level, f.reason


@pytest.mark.parametrize(("gated", "level"), [(False, Level.OPEN), (None, Level.PARTIAL)])
def test_an_audit_row_s_gated_column_decides(gated, level) -> None:
    row = {
        "modelId": "quants/Demo-8B-GGUF",
        "card": _gguf_card(_COPIED_FRONT).decode(),
        "siblings": [{"rfilename": "README.md"}, {"rfilename": "demo-8b.Q8_0.gguf", "size": 8_000_000_000}],
    }
    if gated is not None:
        row["gated"] = gated
    f = _finding(release_from_row(row), "weights-published")
    assert f.level is level, f.reason


# --- a datasheet kept as a file ----------------------------------------------------------------------------------------

_SHEET = """# {title}

## Motivation

The corpus was assembled by the Demo lab to pre-train Demo-7B and to give researchers a documented corpus they can
inspect and reuse; a public research grant paid for the work, and nobody had early access to it.

## Where the data comes from

Web pages from twelve Common Crawl snapshots (2021 to 2025), downloaded from Common Crawl's public bucket; public-domain
books from two national libraries' open catalogues; nothing was bought, licensed or generated by a model.

## How we cleaned it

Text extraction with trafilatura, language identification, repetition and boilerplate filters, a quality classifier
keeping the top third of pages, MinHash deduplication across snapshots and masking of e-mail addresses and phone numbers.

## Uses

Pre-training and research on pre-training data; not for profiling people.
"""

_THIN_SHEET = "# Datasheet\n\nThe datasheet of the corpus will follow; for now see the dataset card.\n"

_POINTER_CARD = "---\nlicense: odc-by\n---\n\n# Demo corpus\n\nThe web part of the training data of Demo-7B. Its datasheet is in the model repository.\n"

_MODEL_CARD = "# Demo-7B\n\n## Training data\n\nAll of demo/corpus (see its card), nothing else.\n"


def _sheet_release(path: str, text: str, card: str = _MODEL_CARD) -> Release:
    return release(
        documents=[_card(card), Document(kind=DocumentKind.OTHER, path=path, text=text)],
        datasets=[
            DatasetRef(
                id="demo/corpus",
                url="https://huggingface.co/datasets/demo/corpus",
                license="odc-by",
                exists=True,
                card=_POINTER_CARD,
            )
        ],
    )


@pytest.mark.parametrize(
    ("path", "card"),
    [
        ("DATASHEET.md", _MODEL_CARD),
        ("data_card.md", _MODEL_CARD),
        ("docs/datasheet.md", _MODEL_CARD),
        ("Datasheet-web.md", _MODEL_CARD),
        # not named as one, but linked from the card and titled as one
        ("docs/corpus.md", _MODEL_CARD + "\nThe data card is [docs/corpus.md](docs/corpus.md).\n"),
    ],
)
def test_a_datasheet_file_in_the_model_repository_documents_the_data(path: str, card: str) -> None:
    title = "Data card of the Demo corpus" if path == "docs/corpus.md" else "Demo corpus"
    f = _finding(_sheet_release(path, _SHEET.format(title=title), card), "data-documentation")
    assert f.level is Level.OPEN and path in f.reason, f.reason


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("DATASHEET.md", _THIN_SHEET),  # promised, not written
        ("DATASHEET.md", _SHEET.format(title="Demo corpus").split("## How we cleaned it")[0]),  # no curation
        ("NOTES.md", _SHEET.format(title="Notes")),  # not a datasheet's name, and the card does not link it
    ],
)
def test_a_thin_datasheet_or_one_not_named_as_such_does_not(path: str, text: str) -> None:
    f = _finding(_sheet_release(path, text), "data-documentation")
    assert f.level is not Level.OPEN, (path, f.reason)


def _dataset_with_sheet(fake_hub, dataset_id: str, sheet: str) -> None:
    fake_hub.add_dataset(dataset_id, license="odc-by", readme=_POINTER_CARD)
    fake_hub.server.datasets[dataset_id].files["DATASHEET.md"] = HubFile("DATASHEET.md", sheet.encode())


def test_a_datasheet_file_in_the_dataset_repository_documents_the_data(fake_hub) -> None:
    _dataset_with_sheet(fake_hub, "demo/corpus", _SHEET.format(title="Demo corpus"))
    front = "license: apache-2.0\ndatasets:\n- demo/corpus\n"
    fake_hub.add_model(
        HubRepo(
            "demo/Demo-7B",
            fake_sha("hub", "demo/Demo-7B"),
            files={
                "README.md": HubFile("README.md", f"---\n{front}---\n\n{_MODEL_CARD}".encode()),
                "model.safetensors": HubFile("model.safetensors", None, size=1_000_000_000, lfs=True),
            },
        )
    )
    r = resolve("hf:demo/Demo-7B", lineage_depth=0)
    assert r.datasets[0].datasheet and "How we cleaned it" in r.datasets[0].datasheet
    f = _finding(r, "data-documentation")
    assert f.level is Level.OPEN, f.reason


def test_a_thin_datasheet_file_in_the_dataset_repository_does_not(fake_hub) -> None:
    _dataset_with_sheet(fake_hub, "demo/corpus", _THIN_SHEET)
    front = "license: apache-2.0\ndatasets:\n- demo/corpus\n"
    fake_hub.add_model(
        HubRepo(
            "demo/Demo-7B",
            fake_sha("hub", "demo/Demo-7B"),
            files={"README.md": HubFile("README.md", f"---\n{front}---\n\n{_MODEL_CARD}".encode())},
        )
    )
    f = _finding(resolve("hf:demo/Demo-7B", lineage_depth=0), "data-documentation")
    assert f.level is Level.PARTIAL, f.reason


# --- a licence section in a language opengauge does not read -----------------------------------------------------------

_VI_CARD = "# Demo-7B\n\nDemo-7B là mô hình ngôn ngữ tiếng Việt do nhóm chúng tôi phát triển và công bố cho cộng đồng nghiên cứu.\n\n"
_PL_CARD = "# Demo-7B\n\nDemo-7B to polski model językowy, który udostępniamy społeczności badaczy i programistów.\n\n"
_TR_CARD = (
    "# Demo-7B\n\nDemo-7B, araştırmacılar ve geliştiriciler için yayımladığımız Türkçe bir dil modelidir.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        _VI_CARD
        + "## Điều khoản sử dụng\n\nMô hình được phát hành theo giấy phép MIT. Tuy nhiên, mô hình chỉ được dùng cho mục đích học thuật; mọi việc sử dụng thương mại đều bị cấm.\n",
        _PL_CARD
        + "## Licencja\n\nWagi są dostępne na licencji Apache 2.0, z jednym zastrzeżeniem: modelu nie wolno wykorzystywać w celach komercyjnych bez naszej pisemnej zgody.\n",
        _TR_CARD
        + "## Lisans\n\nModel Apache 2.0 lisansı ile yayımlanmıştır. Ancak askeri amaçlarla kullanılması yasaktır.\n",
        _TR_CARD + "## Lisans\n\nMIT, yalnızca akademik kullanım.\n",
        _PL_CARD + "## Licencja\n\n- Wagi: Apache 2.0\n- Warunek: tylko do badań naukowych\n",
        _VI_CARD
        + "## Giấy phép\n\n[Apache 2.0](LICENSE), chỉ dùng cho mục đích nghiên cứu phi thương mại.\n",
    ],
)
def test_a_licence_section_that_says_more_in_an_unread_language_leaves_the_terms_undecided(body: str) -> None:
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.UNKNOWN, f.reason
    assert "a language other than English or Chinese" in f.reason and "does not read" in f.reason, f.reason


def test_the_reason_names_the_languages_the_metadata_declares() -> None:
    body = _VI_CARD + "## Giấy phép\n\nApache 2.0, với điều kiện bổ sung: chỉ dùng cho nghiên cứu.\n"
    r = release(metadata={"license": "apache-2.0", "language": ["vi", "en"]}, documents=[_card(body)])
    f = _finding(r, "weights-license")
    assert f.level is Level.UNKNOWN and "names vi" in f.reason, f.reason


@pytest.mark.parametrize(
    "body",
    [
        _PL_CARD + "## Licencja\n\nApache 2.0.\n",
        _PL_CARD + "## Licencja\n\n- Wagi: Apache 2.0\n- Kod: MIT\n- Dane: ODC-By i CC0\n",
        _TR_CARD
        + "## Lisans\n\nModel ağırlıkları ve kod Apache 2.0 lisanslıdır; veri kümeleri ODC-By 1.0 ve CC0 1.0 lisanslıdır.\n",
        _VI_CARD + "## Giấy phép\n\nXem tệp [LICENSE](LICENSE).\n",
        _VI_CARD
        + "## Giấy phép\n\n| Thành phần | Giấy phép |\n|---|---|\n| Trọng số | Apache 2.0 |\n| Mã nguồn | MIT |\n",
        _VI_CARD
        + "- **Giấy phép:** xem mục “Giấy phép” bên dưới\n\n## Giấy phép\n\nTrọng số được phát hành theo giấy phép Apache 2.0.\n",
        "# Demo-7B\n\nLe modèle Demo-7B est un modèle de langue français publié pour la recherche et l'industrie.\n\n## Licence\n\nLes poids du modèle sont publiés sous la licence Apache 2.0.\n",
    ],
)
def test_a_licence_section_that_only_names_licences_stays_silent(body: str) -> None:
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.OPEN, f.reason


def test_terms_read_in_english_in_such_a_card_still_decide() -> None:
    body = _VI_CARD + "## License\n\nApache 2.0, for non-commercial use only.\n"
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.CLOSED, f.reason


def test_a_restrictive_document_decides_over_an_unread_section() -> None:
    body = _PL_CARD + "## Licencja\n\nWagi na licencji Apache 2.0, z dodatkowym warunkiem opisanym poniżej.\n"
    r = release(
        metadata={"license": "cc-by-nc-4.0"},
        documents=[_card(body, "license: cc-by-nc-4.0\n")],
        files=[FileEntry(path="model.safetensors", size=1_000_000_000, lfs=True)],
    )
    f = _finding(r, "weights-license")
    assert f.level is Level.CLOSED, f.reason
