"""The OSAI base-model parameters rate the foundation model, the root of the declared chain, as the
index's experts do (NeuralChat v3-3 -> v3-1 -> "Mistral has not disclosed ..."), not the nearest parent."""

from __future__ import annotations

from opengauge.frameworks import osai
from opengauge.model import Assessment, Label
from tests.frameworks.test_frameworks import WL, C, F, O, P, U, fully_open


def _model(ref, *, data, gated, base=None, parents=(), unexamined=()):
    lineage = (
        F("lineage", U if unexamined else P, base=base, unexamined=list(unexamined))
        if base
        else F("lineage", O, base=None)
    )
    return Assessment(
        release_ref=ref,
        label=Label.WEIGHTS_AVAILABLE,
        findings=[
            F("training-data", data),
            F("weights-published", O, gated=gated),
            WL(O, "osi-open", spdx="Apache-2.0"),
            lineage,
        ],
        parents=list(parents),
    )


def test_a_three_level_chain_is_rated_on_its_root():
    root = _model("hf:acme/found-7b", data=C, gated=True)
    mid = _model("hf:tuner/chat-7b-v1", data=O, gated=False, base="hf:acme/found-7b", parents=[root])
    end = fully_open(lineage=F("lineage", O, base="hf:tuner/chat-7b-v1"))
    p = osai.evaluate(end, [mid]).details["parameters"]
    data, weights = p["datasources_basemodel"], p["weights_basemodel"]
    # the nearest parent's data is open and its download free; the foundation's are closed and gated
    assert data["level"] == "closed" and weights["level"] == "partial"
    assert data["reason"].startswith("Foundation model hf:acme/found-7b (via hf:tuner/chat-7b-v1)")
    assert "gated" in weights["reason"]


def test_a_direct_base_is_its_own_root():
    root = _model("hf:acme/found-7b", data=P, gated=False)
    p = osai.evaluate(fully_open(lineage=F("lineage", O, base="hf:acme/found-7b")), [root]).details[
        "parameters"
    ]
    assert p["datasources_basemodel"]["level"] == "partial" and p["weights_basemodel"]["level"] == "open"
    assert p["datasources_basemodel"]["reason"].startswith("Foundation model hf:acme/found-7b:")


def test_a_chain_broken_before_its_root_is_unknown():
    """The nearest parent was examined but its own base could not be: the foundation is unknown, and
    the parent's cells do not stand in for it."""
    mid = _model(
        "hf:tuner/chat-7b-v1", data=O, gated=False, base="hf:acme/found-7b", unexamined=["hf:acme/found-7b"]
    )
    p = osai.evaluate(fully_open(lineage=F("lineage", O, base="hf:tuner/chat-7b-v1")), [mid]).details[
        "parameters"
    ]
    for key in ("datasources_basemodel", "weights_basemodel"):
        assert p[key]["level"] == "unknown"
        assert "hf:acme/found-7b (via hf:tuner/chat-7b-v1)" in p[key]["reason"]


def test_a_base_named_but_unresolved_is_unknown():
    lineage = F("lineage", U, base="named:Nimbus 2", unexamined=["named:Nimbus 2"])
    p = osai.evaluate(fully_open(lineage=lineage), []).details["parameters"]
    assert (
        p["weights_basemodel"]["level"] == "unknown" and "named:Nimbus 2" in p["weights_basemodel"]["reason"]
    )


def test_a_merge_is_rated_on_every_root_the_least_open_deciding():
    open_root = _model("hf:acme/a-7b", data=O, gated=False)
    closed_root = _model("hf:other/b-7b", data=C, gated=True)
    shared = _model("hf:tuner/a-chat", data=O, gated=False, base="hf:acme/a-7b", parents=[open_root])
    end = fully_open(lineage=F("lineage", O, base="hf:tuner/a-chat"))
    p = osai.evaluate(end, [shared, closed_root]).details["parameters"]
    assert p["datasources_basemodel"]["level"] == "closed" and p["weights_basemodel"]["level"] == "partial"
    assert (
        "hf:acme/a-7b" in p["datasources_basemodel"]["reason"]
        and "hf:other/b-7b" in p["datasources_basemodel"]["reason"]
    )
    # a root met twice (both parents descend from it) counts once
    twin = _model("hf:tuner/a-code", data=O, gated=False, base="hf:acme/a-7b", parents=[open_root])
    roots, missing = osai.foundations([shared, twin])
    assert [r.release_ref for r, _ in roots] == ["hf:acme/a-7b"] and not missing
