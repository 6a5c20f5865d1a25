# ruff: noqa: E501 (the texts in other scripts are kept whole)
"""A license text in a language opengauge does not read stays `unknown` (never open), and its summary
says why: the language, and the two opengauge reads."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.language import OTHER_LANGUAGE as OTHER
from opengauge.licenses.language import unread_language, unread_passage
from tests.licenses.verdicts import OPEN_GRANT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Licence du modèle Héron\n\nVous pouvez utiliser, copier, modifier et distribuer le modèle. "
            "Vous devez signaler chaque déploiement au Concédant avant sa mise en service.",
            "French",
        ),
        (
            "Reiher-Lizenz\n\nJeder darf das Modell nutzen, verändern und weitergeben, auch kommerziell. "
            "Dieser Hinweis muss erhalten bleiben.",
            "German",
        ),
        (
            "サギ モデルライセンス\n\n本モデルは研究目的に限り使用、複製、改変することができます。商用利用は禁止します。",
            "Japanese",
        ),
        (
            "왜가리 모델 라이선스\n\n귀하는 본 모델을 사용, 복제, 수정 및 배포할 수 있습니다. 단, 상업적 이용은 금지됩니다.",
            "Korean",
        ),
        (
            "Лицензия модели Цапля. Вы можете использовать, копировать и изменять модель в некоммерческих целях.",
            OTHER,
        ),
    ],
)
def test_a_text_in_another_language_is_unknown_and_says_why(text: str, language: str) -> None:
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert f"written in {language}" in report.summary()
    assert report.to_json()["summary"] == report.summary()


@pytest.mark.parametrize(
    "text",
    [
        "Do what you like with Bittern: run it, pull it apart, sell it, give it away. Keep this file with it.",
        "许可方授予您使用、复制、修改和分发本模型的权利。不得用于军事用途。",
        "MIT License",
        "Heron Model License. Use of Heron requires a separate written agreement with Heron Labs GmbH.",
    ],
)
def test_english_and_chinese_are_read(text: str) -> None:
    assert unread_language(text) is None
    assert "written in" not in analyze(text, document="LICENSE").summary()


#: An open English licence whose annex, in another language, binds (held-out licence round 58).
_ANNEXED = (
    OPEN_GRANT
    + "\nDerivatives. You may fine-tune, quantise, merge or otherwise change the model and share what you make on any "
    "terms you choose, provided that you state that you changed it.\n\nNo warranty. The model is provided as it is, "
    "without any warranty, and the licensor is not liable for any damage that its use may cause, to the extent "
    "that the law allows.\n\nAnnex B forms part of this licence and binds you. It is published in {lang} only, and "
    "no translation of it has any legal effect.\n\nANNEX B\n\n{annex}\n"
)


@pytest.mark.parametrize(
    ("annex", "language"),
    [
        (
            "B.1 Jedes Produkt, das das Modell verwendet, muss in seiner Benutzeroberfläche den Hinweis "
            "„Gebaut mit Wexcombe“ und das Logo des Lizenzgebers deutlich sichtbar anzeigen.",
            "German",
        ),
        (
            "B.1 Le Licencié ne peut utiliser le Modèle que pour des travaux de recherche et il ne doit pas le "
            "déployer dans un produit ou un service commercial.",
            "French",
        ),
        (
            "B.1 El Licenciatario no podrá usar el Modelo para la vigilancia de personas ni para fines militares, "
            "y se obliga a cumplir la política de uso que el Licenciante publique en cada momento.",
            "Spanish",
        ),
        (
            "B.1 Il Licenziatario deve conservare l'avviso di diritto d'autore.\n\nB.2 Il Licenziatario non è "
            "tenuto a riportare il nome o il logo in alcun prodotto e può attribuire a un Modello Derivato "
            "qualsiasi denominazione.",
            "Italian",
        ),
        (
            "B.1 本モデルは個人の研究目的に限り使用することができます。法人による利用は許諾されません。",
            "Japanese",
        ),
    ],
)
def test_an_open_text_with_a_passage_in_another_language_is_unknown_and_names_its_lines(
    annex: str, language: str
) -> None:
    """An annex, a schedule or a clause given only in a language opengauge does not read may state terms
    that take away what the English grants (or may not: the Italian one only asks for the notice): an open
    reading of the rest decides nothing, and the summary names the language and the lines to read."""
    text = _ANNEXED.format(lang=language, annex=annex)
    report = analyze(text, document="LICENSE")
    first = text.split("\n").index("ANNEX B") + 3  # the annex's lines; a passage too short to tell its
    last = first + annex.count("\n")  # language from ("B.1 ... deve conservare l'avviso") may be left out
    assert report.verdict is LicenseVerdict.UNKNOWN, report.summary()
    assert report.unread_part is not None
    lang, start, end = report.unread_part
    assert (lang, end) == (language, last) and first <= start <= end
    assert (
        f"lines {start} to {end} are written in {language}, which opengauge does not read" in report.summary()
    )


@pytest.mark.parametrize(
    "tail",
    [
        "Licensor: Corvara Sistemi Cognitivi S.r.l., Via dei Cordai 7, 39100 Bolzano, Italia.",
        'The model answers in Italian ("Buongiorno, come posso aiutarla?") and in German.',
        "Contact: Heron Labs GmbH, Friedrichstraße 12, 10117 Berlin, Deutschland (Geschäftsführer: A. Bauer).",
        "These words of the grant are given in English and in Chinese: 许可方授予您使用、复制、修改和分发本模型的权利。",
    ],
)
def test_a_few_foreign_words_in_an_open_text_leave_it_open(tail: str) -> None:
    """An address, a quoted phrase or a line in Chinese (which opengauge reads) is no passage in another
    language: the text stays open."""
    text = OPEN_GRANT + "\n" + tail + "\n"
    assert unread_passage(text) is None
    assert analyze(text, document="LICENSE").verdict.is_open


def test_a_catalog_licence_s_own_text_is_not_read_for_passages() -> None:
    """A passage is looked for only in a text the catalog does not know, or that only resembles a catalog
    licence, or adds terms to one: a catalog licence's own words are read as the catalog's."""
    apache = analyze("Apache License\nVersion 2.0, January 2004\n", document="LICENSE")
    assert apache.unread_part is None
