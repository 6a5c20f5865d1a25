"""A fine-tune that re-licenses a Llama model as MIT, served by the loopback Hub: the base's
license governs, the laundering is reported, and the label is weights-available."""

from __future__ import annotations

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.index.lineage import IndexLineage
from opengauge.model import Level
from opengauge.sources import resolve
from tests.servers import HubFile, HubRepo, fake_sha

CARD = b"""---
license: mit
base_model: meta-llama/Llama-3.1-8B-Instruct
pipeline_tag: text-generation
---

# Demo tune

A chat fine-tune of Llama 3.1 8B Instruct, released under the MIT license.
"""


def test_mit_fine_tune_of_llama_is_license_laundering(fake_hub):
    base_ref = fake_hub.add_corpus_release("llama-3.1-8b-instruct")
    files = {
        "README.md": HubFile("README.md", CARD),
        "model.safetensors": HubFile("model.safetensors", None, size=16_000_000_000, lfs=True),
    }
    fake_hub.add_model(
        HubRepo(
            "someone/llama-mit-tune",
            fake_sha("tune"),
            files=files,
            card_data={"license": "mit", "base_model": "meta-llama/Llama-3.1-8B-Instruct"},
            tags=["license:mit", "base_model:meta-llama/Llama-3.1-8B-Instruct"],
        )
    )
    release = resolve("hf:someone/llama-mit-tune")
    assert release.lineage and release.lineage[0].ref == base_ref
    # the served base (Llama 3.1 8B Instruct) names its own base, Llama 3.1 8B, which the loopback Hub
    # does not serve: the built-in index stands in for it
    assessment = assess(release, lineage=IndexLineage())
    by = {f.probe: f for f in assessment.findings}
    lineage = by["lineage"]
    assert lineage.level is Level.CLOSED and lineage.data["laundering"]
    assert any("LICENSE" in e.source for e in lineage.evidence)
    wl = by["weights-license"]
    assert wl.level is Level.CLOSED and wl.data["terms"]["inherited_from"] == base_ref
    doc = assessment_document(assessment).to_json()
    assert doc["label"] == "weights-available"
    assert "inherited from the base model" in doc["label_reason"]
    params = doc["frameworks"]["osai"]["parameters"]
    # the base-model cells rate the foundation model, the root of the chain (gated downloads: partial)
    assert params["weights_basemodel"]["level"] == "partial"
    assert params["weights_basemodel"]["reason"].startswith(
        "Foundation model hf:meta-llama/Llama-3.1-8B (via " + base_ref
    )
    assert doc["frameworks"]["osaid"]["passes"] is False
