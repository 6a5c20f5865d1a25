"""End to end: the real releases of the shared corpus, served by the loopback Hub/GitHub servers,
assessed through sources -> probes -> frameworks; labels at both ends of the spectrum."""

from __future__ import annotations

import json
import socket

import jsonschema
import pytest
from typer.testing import CliRunner

from opengauge.assess import assess
from opengauge.cli import app
from opengauge.document import assessment_document, assessment_schema
from opengauge.model import Level
from opengauge.sources import load_snapshot

OPEN_SOURCE = {"open-source-ai", "open-source-ai-with-open-data"}
EXPECTED = {
    "olmo-7b": OPEN_SOURCE,
    "olmo-2-1124-13b": OPEN_SOURCE,
    "pythia-6.9b": OPEN_SOURCE,
    "amber": OPEN_SOURCE,
    "llama-2-7b": {"weights-available"},
    "llama-3-8b": {"weights-available"},
    "llama-3.1-8b-instruct": {"weights-available"},
    "gemma-2b-sfp-cpp": {"weights-available"},
    "mistral-7b-v0.1": {"open-weights"},
    "phi-2": {"open-weights"},
    # the rest of the spectrum: restrictive RAIL / vendor licenses, and open weights without training code
    "bloom": {"weights-available"},
    "bloomz": {"weights-available"},
    "deepseek-v3": {"weights-available"},
    "starcoder2-15b": {"weights-available"},
    "qwen-7b": {"weights-available"},
    "mixtral-8x7b-v0.1": {"open-weights"},
    "phi-3-mini-4k-instruct": {"open-weights"},
    "grok-1": {"open-weights"},
}
MOF_ORACLE = {
    "pythia-6.9b": "I",
    "olmo-7b": "I",
    "amber": "I",
    "llama-3.1-8b-instruct": None,
    "llama-2-7b": None,
    "mistral-7b-v0.1": None,
    "gemma-2b-sfp-cpp": None,
}


def test_corpus_releases_get_the_expected_labels_with_evidence(corpus):
    schema = assessment_schema()
    # what `jsonschema.validate(doc, schema)` does, with the schema's own check against its metaschema
    # (a sixth of a second for this schema, the same answer for every document) made once, not per
    # document: each document is then validated by the same validator class and reported the same way
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    wrong, unevidenced = [], []
    docs = {}
    for folder, path in corpus.snapshots.items():
        release = load_snapshot(path)
        assert release.source == "hub" and release.files and release.ref == corpus.refs[folder]
        assessment = assess(release)
        doc = assessment_document(assessment).to_json()
        error = jsonschema.exceptions.best_match(validator.iter_errors(json.loads(json.dumps(doc))))
        if error is not None:
            raise error
        docs[folder] = doc
        if folder in EXPECTED and doc["label"] not in EXPECTED[folder]:
            wrong.append(f"{folder}: {doc['label']} ({doc['label_reason']})")
        for f in assessment.findings:
            if f.level in (Level.OPEN, Level.CLOSED) and not f.evidence:
                unevidenced.append(f"{folder}: {f.probe} {f.level.value}")
            assert f.error is None, (folder, f)
        for name, p in doc["frameworks"]["osai"]["parameters"].items():
            if p["level"] in ("open", "closed") and not p["evidence"]:
                unevidenced.append(f"{folder}: osai {name} {p['level']}")
    assert set(EXPECTED) <= set(docs), "corpus folders missing"
    assert not wrong, "wrong labels:\n" + "\n".join(wrong)
    assert not unevidenced, "open/closed without evidence:\n" + "\n".join(unevidenced)
    for folder, klass in MOF_ORACLE.items():
        assert docs[folder]["frameworks"]["mof"]["class"] == klass, folder
    llama = docs["llama-3.1-8b-instruct"]
    types = {c["type"] for c in llama["blocking_clauses"]}
    assert "user-threshold" in types and all(c["line"] and c["quote"] for c in llama["blocking_clauses"])
    assert llama["license"]["verdict"] not in ("osi-open", "open-non-osi")
    assert llama["frameworks"]["eu_ai_act"]["exemption_likely"] is False
    assert docs["pythia-6.9b"]["frameworks"]["osaid"]["passes"] is True
    assert docs["llama-2-7b"]["frameworks"]["osaid"]["passes"] is False
    assert docs["phi-2"]["frameworks"]["osaid"]["passes"] is False


@pytest.fixture
def snapshot_file(corpus):
    return corpus.snapshots["llama-3.1-8b-instruct"]


def test_assess_on_a_snapshot_makes_zero_network_requests(corpus, snapshot_file, monkeypatch):
    corpus.hub.requests.clear()
    attempts = []

    def refuse(self, address, *a, **kw):
        attempts.append(address)
        raise OSError("network access attempted during an offline assessment")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    result = CliRunner().invoke(app, ["assess", str(snapshot_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "opengauge.assessment/1" and doc["label"] == "weights-available"
    assert doc["release"]["ref"] == "hf:meta-llama/Llama-3.1-8B-Instruct" and doc["release"]["revision"]
    assert attempts == [] and corpus.hub.requests.count == 0


def test_assess_formats_and_schema(snapshot_file):
    runner = CliRunner()
    text = runner.invoke(app, ["assess", str(snapshot_file)])
    assert text.exit_code == 0 and "weights-available" in text.stdout and "user-threshold" in text.stdout
    assert "datasources_basemodel" in text.stdout and "MOF" in text.stdout and "EU AI Act" in text.stdout
    md = runner.invoke(app, ["assess", str(snapshot_file), "--format", "markdown"])
    assert md.exit_code == 0 and "| `licenses` |" in md.stdout
    csv_out = runner.invoke(app, ["assess", str(snapshot_file), "-f", "csv"])
    lines = csv_out.stdout.strip().splitlines()
    assert lines[0].startswith("ref,revision,label") and "weights-available" in lines[1]
    bad = runner.invoke(app, ["assess", str(snapshot_file), "-f", "yaml"])
    assert bad.exit_code != 0
    schema = runner.invoke(app, ["schema", "assessment"])
    assert schema.exit_code == 0 and json.loads(schema.stdout)["title"] == "opengauge.assessment/1"


def test_explain_prints_a_definition():
    runner = CliRunner()
    out = runner.invoke(app, ["explain", "training-code"])
    assert out.exit_code == 0 and "How to fix" in out.stdout and "fine-tuning" in out.stdout
    listing = runner.invoke(app, ["explain"])
    assert listing.exit_code == 0 and "weights-license" in listing.stdout
