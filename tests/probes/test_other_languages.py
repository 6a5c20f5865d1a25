# ruff: noqa: E501 (the cards and titles keep their own wording)
"""Releases documented in other languages and places (held-out release round 17): model-card sections titled in
French, German, Spanish or Arabic; a data section in French or German that says part of the data is internal or
that only a sample is published; training scripts named in Spanish; a Chinese dataset card's paragraphs weighed
by what they say, not by their count of characters; a code repository on a forge opengauge does not read; a card
that is only scores in its metadata."""

from __future__ import annotations

import pytest

from opengauge.model import DatasetRef, Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release, repo


def _card(body: str, front: str = "license: apache-2.0\n") -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"---\n{front}---\n" + body)


def _finding(r, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


_PROSE = (
    "Ce paragraphe décrit la section en détail, avec assez de mots pour compter comme une section réelle.\n\n"
)


@pytest.mark.parametrize(
    "titles",
    [
        [
            "Présentation du modèle",
            "Utilisation",
            "Limites et biais",
            "Données d'entraînement",
            "Évaluation",
            "Impact environnemental",
            "Spécifications techniques",
            "Citation",
        ],
        [
            "Modelldetails",
            "Verwendung",
            "Einschränkungen",
            "Trainingsdaten",
            "Evaluierung",
            "Umwelt",
            "Technische Daten",
            "Zitieren",
        ],
        [
            "Descripción del modelo",
            "Usos",
            "Limitaciones y sesgos",
            "Datos de entrenamiento",
            "Evaluación",
            "Impacto ambiental",
            "Arquitectura",
            "Cita",
        ],
        [
            "تفاصيل النموذج",
            "الاستخدامات المقصودة",
            "القيود والمخاطر",
            "بيانات التدريب",
            "التقييم",
            "الأثر البيئي",
            "المعمارية",
            "الاستشهاد",
        ],
    ],
)
def test_a_card_s_standard_sections_are_found_in_its_own_language(titles):
    body = "# Demo\n\n" + "".join(f"## {t}\n\n{_PROSE}" for t in titles)
    f = _finding(release(documents=[_card(body)]), "model-card")
    assert f.level is Level.OPEN, f.reason


@pytest.mark.parametrize(
    "section",
    [
        "## Données d'entraînement\n\nLe modèle a été entraîné sur [o/echantillon](https://huggingface.co/datasets/o/"
        "echantillon). Nous publions un échantillon public de 5 % du corpus ; le reste demeure interne.\n",
        "## Trainingsdaten\n\n| Datensatz | Anteil |\n|---|---|\n| [o/echantillon](https://huggingface.co/datasets/"
        "o/echantillon) | 50 % |\n| Kundendialoge | 50 % |\n\nDie internen Datensätze werden nicht veröffentlicht.\n",
    ],
)
def test_data_said_internal_or_a_published_sample_in_french_or_german_is_partial(section):
    data = DatasetRef(
        id="o/echantillon",
        url="https://huggingface.co/datasets/o/echantillon",
        exists=True,
        license="cc-by-4.0",
    )
    f = _finding(release(documents=[_card("# Demo\n\n" + section)], datasets=[data]), "training-data")
    assert f.level is Level.PARTIAL, f.reason


def test_a_training_script_named_in_spanish_is_training_code():
    r = release(
        documents=[_card("# Demo\n\nCódigo: https://github.com/o/demo\n")],
        code_repos=[repo("o/demo", ["entrenamiento/preentrenar.py", "configs/demo.yaml"])],
    )
    assert _finding(r, "training-code").level is not Level.CLOSED


def test_a_chinese_dataset_card_is_weighed_by_what_it_says():
    card = (
        "# 语料\n\n## 采集过程\n\n2025 年从 Common Crawl 的 36 个快照中抽取网页正文，保留语言识别得分高于 0.8 的中文页面，"
        "并移除 robots.txt 禁止抓取的网站和提出删除请求的域名。\n\n"
        "## 预处理与清洗\n\n依次进行启发式过滤、质量分类器打分、跨快照的 MinHash 去重，以及手机号和电子邮箱的脱敏，"
        "每一步的保留与删除数量都记录在处理日志中。\n"
    )
    assert len(card) < 300  # far under two sections of 150 characters each, were they counted alike
    r = release(
        datasets=[DatasetRef(id="o/zh", url="https://huggingface.co/datasets/o/zh", exists=True, card=card)]
    )
    f = _finding(r, "data-documentation")
    assert f.level is Level.OPEN, f.reason


def test_a_code_repository_on_another_forge_is_unread_not_absent():
    body = "# Demo\n\nThe pipeline lives on Codeberg: https://codeberg.org/demo-org/demo-train\n"
    r = release(documents=[_card(body)])
    r = r.model_copy(
        update={
            "id": "demo-org/Demo-1B",
            "ref": "hf:demo-org/Demo-1B",
            "links": ["https://codeberg.org/demo-org/demo-train"],
        }
    )
    f = _finding(r, "training-code")
    assert f.level is Level.UNKNOWN and "codeberg.org" in f.reason, f.reason
    # another owner's library there is not the release's code
    other = r.model_copy(update={"links": ["https://gitlab.com/libeigen/eigen"]})
    assert _finding(other, "training-code").level is Level.CLOSED


def test_a_card_of_scores_only_is_closed():
    front = (
        "license: apache-2.0\nmodel-index:\n- name: Demo\n  results:\n  - task:\n      type: text-generation\n"
        "    metrics:\n    - type: acc\n      value: 51.2\n"
    )
    r = release(documents=[_card("Asisten percakapan.\n", front)])
    r = r.model_copy(update={"metadata": {**r.metadata, "model-index": [{"name": "Demo"}]}})
    f = _finding(r, "model-card")
    assert f.level is Level.CLOSED and "only evaluation results" in f.reason, f.reason


_ARCH = "## Architecture\n\n| Couches | 24 |\n|---|---|\n| Dimension cachée | 2048 |\n| Têtes d'attention | 16 |\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "## Procédure d'entraînement\n\n- Matériel : 64 GPU NVIDIA H100 (8 nœuds) pendant 12 jours\n",
        "## Détails\n\nLe modèle a été préentraîné sur 256 A100 du supercalculateur de la région.\n",
        "## Rechenaufwand\n\nDas Modell wurde auf 128 NVIDIA H100 trainiert, etwa 40.000 GPU-Stunden.\n",
        "## Entrenamiento\n\nHardware: 32 GPU A100 de 80 GB durante 9 días.\n",
        "## Dettagli\n\nIl modello è stato addestrato su 96 GPU H100 per 14 giorni.\n",
        "## Impacto ambiental\n\nUnas 20.000 horas de GPU H100 en el centro de supercomputación nacional.\n",
    ],
)
def test_the_training_hardware_is_read_in_french_german_spanish_or_italian(line):
    f = _finding(release(documents=[_card("# Demo\n\n" + _ARCH + line)]), "architecture-hardware")
    assert f.level is Level.OPEN, f.reason


@pytest.mark.parametrize(
    "line",
    [
        "## Utilisation\n\nPour l'inférence, un seul GPU A100 suffit.\n",
        "## Anwendung\n\nZum Feinabstimmen reicht eine RTX-Karte; für die Inferenz genügt eine A100.\n",
    ],
)
def test_hardware_for_running_the_model_is_no_training_setup_in_other_languages(line):
    f = _finding(release(documents=[_card("# Demo\n\n" + _ARCH + line)]), "architecture-hardware")
    assert f.level is Level.PARTIAL, f.reason


def _unshareable(section: str) -> object:
    f = _finding(release(documents=[_card("# Demo\n\n" + section)]), "training-data")
    return f.data.get("unshareable")


@pytest.mark.parametrize(
    "section",
    [
        "## Données\n\nUne partie provient d'archives de presse. Ces textes sont protégés par le droit d'auteur ; "
        "le contrat interdit toute redistribution, c'est pourquoi ils ne sont pas publiés.\n",
        "## Trainingsdaten\n\nEin Teil sind Patientenberichte. Der Datenschutz (DSGVO) verbietet ihre Weitergabe, "
        "daher werden sie nicht veröffentlicht.\n",
        "## Datos\n\nLos diálogos de clientes están cubiertos por un contrato que no permite compartirlos.\n",
        "## Dati\n\nI verbali sono coperti dal diritto d'autore dell'editore, che vieta di pubblicarli.\n",
    ],
)
def test_a_legal_reason_not_to_share_data_is_read_in_other_languages(section):
    assert _unshareable(section), section


@pytest.mark.parametrize(
    "section",
    [
        "## Données\n\nLes données sont publiées sous licence CC BY 4.0 ; leur redistribution est libre.\n",
        "## Trainingsdaten\n\nDie Daten stehen unter einer offenen Lizenz und dürfen weitergegeben werden.\n",
    ],
)
def test_data_shared_under_a_licence_gives_no_reason_in_other_languages(section):
    assert not _unshareable(section), section
