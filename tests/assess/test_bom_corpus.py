"""`opengauge bom` on every corpus release: CycloneDX 1.6 (the library's strict JSON validator) and
SPDX 3.0.1 (the official JSON Schema, vendored as test data, checked with jsonschema-rs: the pure
Python validator takes over a second per document on this schema) both validate; lineage, licenses,
datasets and evaluation results are carried over as facts, nothing invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from opengauge.cli import app

pytest.importorskip("cyclonedx")
pytest.importorskip("spdx_python_model")

runner = CliRunner()
SPDX_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "spdx-3.0.1-schema.json"


@pytest.fixture(scope="module")
def spdx_validator():
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    return jsonschema_rs.Draft202012Validator(json.loads(SPDX_SCHEMA.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def boms(corpus, tmp_path_factory):
    """Both BOMs of every corpus release, written by the CLI.

    `opengauge bom` reads and assesses the release (`cli.bom._assessed`, a function of the reference
    and the lineage flag alone, whatever the format), then writes the one format asked for. The two
    runs of a release get one assessment: the second run's `_assessed` answers with the first's
    (document, release, assessment), which `gather` and the writers only read. Every release is
    still assessed, and both formats written from it, by the CLI."""
    from opengauge.cli import bom as bom_cli

    assessed = bom_cli._assessed
    made: dict[tuple[str, bool], tuple] = {}

    def assessed_once(ref: str, lineage: bool) -> tuple:
        if (ref, lineage) not in made:
            made[ref, lineage] = assessed(ref, lineage)
        return made[ref, lineage]

    out = tmp_path_factory.mktemp("boms")
    result = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bom_cli, "_assessed", assessed_once)
        for folder, snap in sorted(corpus.snapshots.items()):
            docs = {}
            for fmt in ("cyclonedx", "spdx"):
                target = out / f"{folder}.{fmt}.json"
                res = runner.invoke(app, ["bom", str(snap), "--format", fmt, "-o", str(target)])
                assert res.exit_code == 0, (folder, fmt, res.output, res.exception)
                docs[fmt] = json.loads(target.read_text(encoding="utf-8"))
            result[folder] = docs
    assert len(made) == len(result)  # one assessment a release, asked by both of its runs
    return result


def test_every_corpus_bom_validates(boms, spdx_validator):
    from opengauge.formats.bom import cyclonedx_validator

    cdx = cyclonedx_validator()
    assert len(boms) >= 28
    for folder, docs in boms.items():
        assert cdx.validate_str(json.dumps(docs["cyclonedx"])) is None, folder
        errors = [e.message[:300] for e in spdx_validator.iter_errors(docs["spdx"])]
        assert not errors, (folder, errors[:3])
        assert docs["cyclonedx"]["specVersion"] == "1.6"


def _model(cdx: dict) -> dict:
    return next(c for c in cdx["components"] if c["type"] == "machine-learning-model")


def _graph(spdx: dict, type_: str) -> list[dict]:
    return [x for x in spdx["@graph"] if x.get("type") == type_]


def test_the_library_validator_unchanged_accepts_them_too(boms):
    """The library's own validator, RFC 3987 IRI checks included (slow: a few BOMs only)."""
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    full = JsonStrictValidator(SchemaVersion.V1_6)
    for folder in ("mistral-7b-v0.1", "llama-3.1-8b-instruct"):
        assert full.validate_str(json.dumps(boms[folder]["cyclonedx"])) is None, folder
    bad = json.loads(json.dumps(boms["mistral-7b-v0.1"]["cyclonedx"]))
    bad["components"][0]["modelCard"]["quantitativeAnalysis"] = {"performanceMetrics": [{"value": 1}]}
    assert full.validate_str(json.dumps(bad)) is not None


def test_the_spdx_validator_rejects_what_the_schema_forbids(boms, spdx_validator):
    doc = json.loads(json.dumps(boms["olmo-7b"]["spdx"]))
    model = next(x for x in doc["@graph"] if x["type"] == "ai_AIPackage")
    model["ai_safetyRiskAssessment"] = "catastrophic"  # not in the vocabulary
    assert list(spdx_validator.iter_errors(doc))


def test_lineage_and_licenses_in_both(boms):
    # a fine-tune with its base model: pedigree ancestors / descendantOf, with the base's license
    tuned = [f for f, d in boms.items() if _model(d["cyclonedx"]).get("pedigree")]
    assert tuned, "no corpus release with a base model"
    for folder in tuned:
        cdx, spdx = boms[folder]["cyclonedx"], boms[folder]["spdx"]
        ancestors = _model(cdx)["pedigree"]["ancestors"]
        rels = [r for r in _graph(spdx, "Relationship") if r["relationshipType"] == "descendantOf"]
        assert len(rels) == len(ancestors) >= 1, folder
        names = {x["spdxId"]: x["name"] for x in _graph(spdx, "ai_AIPackage")}
        assert {names[r["to"][0]] for r in rels} == {a["name"] for a in ancestors}

    # Llama 3.1: no SPDX id, so a named license (CycloneDX) and a LicenseRef (SPDX)
    llama = boms["llama-3.1-8b-instruct"]
    lic = _model(llama["cyclonedx"])["licenses"][0]["license"]
    assert "id" not in lic and "Llama 3.1" in lic["name"]
    props = {p["name"]: p["value"] for p in _model(llama["cyclonedx"])["properties"]}
    assert props["opengauge:label"] == "weights-available" and "user-threshold" in {
        p["value"]
        for p in _model(llama["cyclonedx"])["properties"]
        if p["name"] == "opengauge:blocking-clause"
    }
    exprs = {
        x["spdxId"]: x["simplelicensing_licenseExpression"]
        for x in _graph(llama["spdx"], "simplelicensing_LicenseExpression")
    }
    model_id = _graph(llama["spdx"], "ai_AIPackage")[0]["spdxId"]
    concluded = [
        r
        for r in _graph(llama["spdx"], "Relationship")
        if r["relationshipType"] == "hasConcludedLicense" and r["from"] == model_id
    ]
    assert len(concluded) == 1 and exprs[concluded[0]["to"][0]].startswith("LicenseRef-")

    # Mistral: Apache-2.0 by SPDX id in both
    mistral = boms["mistral-7b-v0.1"]
    assert _model(mistral["cyclonedx"])["licenses"] == [{"license": {"id": "Apache-2.0"}}]
    assert "Apache-2.0" in {
        x["simplelicensing_licenseExpression"]
        for x in _graph(mistral["spdx"], "simplelicensing_LicenseExpression")
    }
    # every AI and dataset package has exactly one declared and one concluded license
    for folder, docs in boms.items():
        rels = _graph(docs["spdx"], "Relationship")
        for pkg in _graph(docs["spdx"], "ai_AIPackage") + _graph(docs["spdx"], "dataset_DatasetPackage"):
            for kind in ("hasDeclaredLicense", "hasConcludedLicense"):
                n = sum(1 for r in rels if r["from"] == pkg["spdxId"] and r["relationshipType"] == kind)
                assert n == 1, (folder, pkg["name"], kind, n)


def test_datasets_and_evaluation_results_are_facts_from_the_card(boms):
    star = boms["starcoder2-15b"]
    model = _model(star["cyclonedx"])
    data = [c for c in star["cyclonedx"]["components"] if c["type"] == "data"]
    assert [d["name"] for d in data] == ["bigcode/the-stack-v2-train"]
    card = model["modelCard"]
    assert card["modelParameters"]["datasets"] == [{"ref": data[0]["bom-ref"]}]
    metrics = {
        (m["type"], m["slice"], m["value"]) for m in card["quantitativeAnalysis"]["performanceMetrics"]
    }
    assert ("pass@1", "HumanEval", "46.3") in metrics
    spdx = star["spdx"]
    trained = [r for r in _graph(spdx, "Relationship") if r["relationshipType"] == "trainedOn"]
    tested = [r for r in _graph(spdx, "Relationship") if r["relationshipType"] == "testedOn"]
    assert len(trained) == 1 and len(tested) == 6
    # a card without evaluation results or datasets has none (absent means absent)
    mistral = _model(boms["mistral-7b-v0.1"]["cyclonedx"])
    assert "quantitativeAnalysis" not in mistral["modelCard"]
    assert not [c for c in boms["mistral-7b-v0.1"]["cyclonedx"]["components"] if c["type"] == "data"]
    # evidence URLs are external references
    refs = _model(boms["olmo-7b"]["cyclonedx"])["externalReferences"]
    assert any(r["type"] == "evidence" and r["url"].startswith("https://") for r in refs)
