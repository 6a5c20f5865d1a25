# ruff: noqa: E501 (the texts in other scripts are kept whole)
"""A license text in a language opengauge does not read stays `unknown` (never open), and its summary
says why: the language, and the two opengauge reads."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.language import unread_language

OTHER = "a language other than English or Chinese"


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
