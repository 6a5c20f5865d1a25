"""A model is no more open than the models it is built on: a fine-tune whose own tuning code and data are
all published, over a base whose training code or data is not, is not Open Source AI (G7) and does not
pass the OSAID, because the base's code and data are part of the preferred form for modifying the
fine-tune's weights. Licenses are not capped this way (a base's terms bind through the weights' license,
and a rights holder may relicense its own model)."""

from __future__ import annotations

from opengauge.frameworks import evaluate_all, g7, osaid
from opengauge.model import Assessment, Label
from tests.frameworks.test_frameworks import C, F, O, fully_open


def _base(ref: str, **over) -> Assessment:
    findings = fully_open(**over)
    verdicts = evaluate_all(findings)
    label = Label(next(v for v in verdicts if v.framework == "g7").label)
    return Assessment(release_ref=ref, label=label, findings=findings, verdicts=verdicts)


def _tune() -> list:
    return fully_open(lineage=F("lineage", O, base="hf:acme/base-7b"))


def test_a_fully_open_tune_of_an_open_weights_base_is_open_weights() -> None:
    base = _base("hf:acme/base-7b", **{"training-code": F("training-code", C)})
    assert base.label is Label.OPEN_WEIGHTS
    v = g7.evaluate(_tune(), [base])
    assert v.label == Label.OPEN_WEIGHTS
    assert "hf:acme/base-7b is open-weights, lacking complete training code" in v.details["reason"]
    assert v.details["bounded_by"] == ["hf:acme/base-7b"]
    o = osaid.evaluate(_tune(), [base])
    assert not o.details["passes"]
    assert any(m.startswith("the base model hf:acme/base-7b: training code") for m in o.missing)


def test_over_an_open_source_ai_base_the_tune_is_at_most_open_source_ai() -> None:
    listed_not_open = F(
        "training-data",
        O,
        all_public=True,
        all_open=False,
        datasets=[{"id": "o/d", "public": True, "license": "other", "open_license": False}],
    )
    base = _base("hf:acme/base-7b", **{"training-data": listed_not_open})
    assert base.label is Label.OPEN_SOURCE_AI
    assert g7.evaluate(_tune(), [base]).label == Label.OPEN_SOURCE_AI


def test_an_equally_open_base_changes_nothing() -> None:
    base = _base("hf:acme/base-7b")
    assert base.label is Label.OPEN_SOURCE_AI_WITH_OPEN_DATA
    assert g7.evaluate(_tune(), [base]).label == Label.OPEN_SOURCE_AI_WITH_OPEN_DATA
    assert osaid.evaluate(_tune(), [base]).details["passes"]


def test_every_parent_of_a_merge_bounds_it() -> None:
    good = _base("hf:acme/a-7b")
    weak = _base("hf:other/b-7b", **{"data-processing-code": F("data-processing-code", C)})
    v = g7.evaluate(_tune(), [good, weak])
    assert v.label == Label.OPEN_WEIGHTS and v.details["bounded_by"] == ["hf:other/b-7b"]
