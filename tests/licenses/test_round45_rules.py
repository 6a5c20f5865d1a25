# ruff: noqa: E501 (the texts keep their own wording)
"""The general causes behind held-out round 45's misses, each with paraphrases written for these tests in other
drafting styles and the near hits that must not move: sections that say they bind nothing (a version history, a
changelog), a binding version in a language opengauge does not read, non-commercial and research-only terms in
German, French, Spanish, Italian and Portuguese, forced updates, terms that change on a set date, an
environmental condition, a licensee defined as a class of persons or as those who have paid, caps on derived
models, and the usual duties and lifted duties that are no limit."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.language import binding_language
from tests.licenses.standard_texts import MIT_TERMS
from tests.licenses.verdicts import OPEN, blocking_types

_GRANT = (
    "Permission is granted, free of charge, to anyone who obtains a copy of the Wrenfield-2B weights to use, "
    "copy, modify, merge, publish, distribute, sublicense and sell them, for any purpose.\n\n"
    "Keep this licence with every copy.\n"
)


def _verdict(text: str) -> LicenseVerdict:
    return analyze(text, document="LICENSE").verdict


# ----------------------------------------------------------------- sections that say they bind nothing
@pytest.mark.parametrize(
    "aside",
    [
        "## Version history (informative, not part of the licence terms)\n\n- 2.0: non-commercial use only.\n- 1.0: research use only.\n",
        "CHANGELOG\n\nv1.2 removed the cap of 5 million monthly active users; v1.1 was for non-commercial use only.\n",
        "### Release notes (non-binding)\n\nEarlier releases could not be used for commercial purposes and needed registration.\n",
        "Explanatory notes - not part of the licence\n\nOlder versions were licensed for academic research only.\n",
    ],
)
def test_a_section_that_says_it_binds_nothing_takes_nothing_from_the_grant(aside: str) -> None:
    text = "# Wrenfield Licence 3.0\n\n" + _GRANT + "\n" + aside
    assert _verdict(text) in OPEN, aside


def test_a_limit_under_an_ordinary_heading_still_binds() -> None:
    text = (
        "# Wrenfield Licence\n\n"
        + _GRANT
        + "\n## Conditions\n\nThe weights may be used for non-commercial purposes only.\n"
    )
    assert _verdict(text) is LicenseVerdict.NON_COMMERCIAL
    said = (
        _GRANT
        + "\nThis informative note is binding: the weights may be used for non-commercial purposes only.\n"
    )
    assert _verdict(said) is LicenseVerdict.NON_COMMERCIAL


# ----------------------------------------------------------------- the binding version in another language
@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Only the German version is binding; the English text is a convenience translation.", "German"),
        ("In case of any discrepancy, the French version shall prevail.", "French"),
        ("Maßgeblich ist allein die deutsche Fassung.", "German"),
        ("Seule la version française fait foi.", "French"),
        ("La versión en español prevalecerá sobre cualquier traducción.", "Spanish"),
        ("The Italian text is the only authoritative one.", "Italian"),
    ],
)
def test_a_binding_version_opengauge_does_not_read_leaves_an_open_translation_undecided(
    sentence: str, language: str
) -> None:
    assert binding_language(sentence) == language
    text = sentence + "\n\nEnglish translation\n\n" + _GRANT
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert f"its {language} version is the one that binds" in report.summary()


@pytest.mark.parametrize(
    "sentence",
    [
        "In case of conflict between the English and German versions, the English version prevails.",
        "A German translation is available on our website.",
        "The German version of this licence is provided for convenience only.",
    ],
)
def test_an_english_binding_text_or_a_mere_translation_stays_open(sentence: str) -> None:
    assert binding_language(sentence) is None
    assert _verdict(sentence + "\n\n" + _GRANT) in OPEN


# ----------------------------------------------------------------- non-commercial and research-only in other languages
@pytest.mark.parametrize(
    "sentence",
    [
        "Das Modell darf ausschließlich zu nicht-kommerziellen Zwecken genutzt werden.",
        "Jede kommerzielle Nutzung bedarf einer gesonderten schriftlichen Vereinbarung.",
        "Le modèle ne peut être utilisé qu'à des fins non commerciales.",
        "Toute utilisation commerciale est interdite sans accord écrit.",
        "El modelo solo puede usarse con fines no comerciales.",
        "El uso comercial está prohibido sin una licencia aparte.",
        "Il modello può essere usato solo per scopi non commerciali.",
        "O modelo pode ser usado apenas para fins não comerciais.",
    ],
)
def test_non_commercial_terms_are_read_in_european_languages(sentence: str) -> None:
    assert "non-commercial" in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Nutzung ist ausschließlich zu Forschungszwecken gestattet.",
        "L'utilisation est autorisée uniquement à des fins de recherche.",
        "Se permite el uso únicamente con fines de investigación.",
        "L'uso è consentito esclusivamente per scopi di ricerca.",
        "O uso é permitido somente para fins de pesquisa.",
    ],
)
def test_research_only_terms_are_read_in_european_languages(sentence: str) -> None:
    assert _verdict(_GRANT + "\n" + sentence + "\n") is LicenseVerdict.RESEARCH_ONLY, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie dürfen das Modell für kommerzielle und nicht-kommerzielle Zwecke nutzen.",
        "Vous pouvez l'utiliser à des fins non commerciales et commerciales.",
        "Puede usarse con fines comerciales y no comerciales.",
    ],
)
def test_both_kinds_of_use_allowed_in_other_languages_is_no_limit(sentence: str) -> None:
    assert "non-commercial" not in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


# ----------------------------------------------------------------- forced updates, dated terms, conditions
@pytest.mark.parametrize(
    "sentence",
    [
        "Each time we publish a new version you must replace the copies you operate with that version within 14 days.",
        "You shall replace every deployed copy of the Model with the latest release once it is published.",
        "After a new release, you may no longer run an earlier release of the Model.",
        "Licensees must not continue to serve older versions once a newer one is out; you may no longer use previous versions.",
    ],
)
def test_forced_updates_are_remote_control(sentence: str) -> None:
    assert "remote-control" in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


def test_keeping_an_old_release_is_no_forced_update() -> None:
    text = (
        _GRANT + "\nYou may keep using earlier releases for as long as you like; we never require updates.\n"
    )
    assert "remote-control" not in blocking_types(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Schedule 1 applies until 30 June 2028; Schedule 2 applies from 1 July 2028.",
        "These terms are in force only until 31 December 2027, after which the Restricted Terms below govern.",
        "Tier A is valid through 2029 for every copy, then Tier B governs.",
    ],
)
def test_terms_that_change_on_a_set_date_are_a_time_limit(sentence: str) -> None:
    assert "time-limit" in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


def test_an_effective_date_or_a_warranty_until_a_date_is_no_time_limit() -> None:
    text = _GRANT + "\nThis licence applies from 1 March 2026. Our support terms apply until 2027.\n"
    assert "time-limit" not in blocking_types(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "You may host the model only in data centres powered entirely by renewable energy.",
        "The licence holds as long as your training runs are carbon-neutral and run on green electricity.",
        "Licensees may deploy it solely on infrastructure that uses renewable power for at least 80 % of its load.",
    ],
)
def test_an_environmental_condition_is_an_ethical_condition_not_a_platform_tie(sentence: str) -> None:
    types = blocking_types(_GRANT + "\n" + sentence + "\n")
    assert "ethical-conditions" in types and "platform-tie" not in types, (sentence, types)


def test_how_the_licensor_trained_it_is_no_condition() -> None:
    text = _GRANT + "\nWe trained the model only on a cluster powered by renewable energy.\n"
    assert "ethical-conditions" not in blocking_types(text)


# ----------------------------------------------------------------- who receives the licence
@pytest.mark.parametrize(
    "definition",
    [
        '"Licensee" means a clinician who holds a current registration with a national medical council.',
        '"You" means a lawyer licensed to practise in any jurisdiction of the European Union.',
        '"Authorised User" means a person who holds a valid security clearance issued by a member state.',
        '"Licensee" means a student enrolled at an accredited university.',
    ],
)
def test_a_licensee_defined_as_a_class_of_persons_is_a_limit(definition: str) -> None:
    who = definition.split('"')[1]
    text = (
        definition
        + f"\n\nThe Licensor grants the {who} a perpetual, worldwide, royalty-free licence to use, "
        "copy, modify and distribute the Model for any purpose.\n"
    )
    assert _verdict(text) not in OPEN, definition


@pytest.mark.parametrize(
    "definition",
    [
        '"You" (or "Your") shall mean an individual or Legal Entity exercising permissions granted by this License.',
        '"Licensee" means any person or organisation that receives a copy of the Model.',
    ],
)
def test_a_licensee_defined_as_anyone_is_no_limit(definition: str) -> None:
    text = definition + "\n\n" + _GRANT
    assert _verdict(text) in OPEN, definition


@pytest.mark.parametrize(
    "text",
    [
        '"Subscriber" means an organisation whose yearly fee of USD 900 has been paid. Subscribers may use, modify and share the model.',
        "Members may use, study, modify and share the model. The rights of a Member end when their membership fee is not paid.",
        "Your licence ends on the day your subscription lapses.",
    ],
)
def test_rights_for_those_who_have_paid_are_fee_required(text: str) -> None:
    assert "fee-required" in blocking_types(text), text


def test_a_free_membership_is_no_fee() -> None:
    text = '"Member" means anyone who has registered on our forum; membership is free of charge.\n\n' + _GRANT
    assert "fee-required" not in blocking_types(text)


# ----------------------------------------------------------------- caps on derived models
@pytest.mark.parametrize(
    "sentence",
    [
        "Derivatives of the Model must not exceed 70 billion parameters.",
        "A fine-tuned model may not use more than 10^24 floating-point operations of training compute in total.",
        "No derived model may have more than 13B parameters; a derived model over either limit is not licensed.",
    ],
)
def test_caps_on_derived_models_limit_the_freedom_to_modify(sentence: str) -> None:
    assert _verdict(_GRANT + "\n" + sentence + "\n") not in OPEN, sentence


def test_derived_models_of_any_size_are_no_cap() -> None:
    text = (
        _GRANT
        + "\nDerived models may have any size: there is no cap on their parameters or training compute.\n"
    )
    assert _verdict(text) in OPEN


# ----------------------------------------------------------------- usual duties and lifted duties
@pytest.mark.parametrize(
    "sentence",
    [
        "When you publish generated images, you must make clear that they were generated by an AI system.",
        "You must disclose that audio made with the model was produced by artificial intelligence.",
        "Generated videos must be labelled as AI-generated where you publish them.",
    ],
)
def test_disclosing_ai_generated_content_is_a_usual_duty(sentence: str) -> None:
    text = "MIT License\n\nCopyright (c) 2026 Wrenfield\n\n" + MIT_TERMS + "\n" + sentence + "\n"
    assert _verdict(text) in OPEN, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "You do not have to name Wrenfield or the model.",
        "We add no field of use to what the law already forbids.",
        "This licence imposes no further restrictions.",
    ],
)
def test_a_sentence_that_lifts_or_adds_no_duty_is_no_limit(sentence: str) -> None:
    assert _verdict(_GRANT + "\n" + sentence + "\n") in OPEN, sentence
