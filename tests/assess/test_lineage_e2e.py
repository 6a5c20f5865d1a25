"""A fine-tune that re-licenses a Llama model as MIT, served by the loopback Hub: the base's
license governs, the laundering is reported, and the label is weights-available."""

from __future__ import annotations

import pytest

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


# --- a base stated only in the card's words, served by the loopback Hub ---------------------------

WEIGHTS = HubFile("model.safetensors", None, size=14_000_000_000, lfs=True)


def _repo(repo_id: str, card: str, *, gated: bool = False, **card_data) -> HubRepo:
    front = "".join(f"{k}: {v}\n" for k, v in card_data.items())
    text = f"---\n{front}---\n\n{card}".encode()
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files={"README.md": HubFile("README.md", text), "model.safetensors": WEIGHTS},
        card_data=dict(card_data),
        tags=[f"license:{card_data.get('license')}"],
        gated="auto" if gated else False,
    )


def test_a_three_level_chain_stated_in_words_rates_the_base_cells_on_its_root(fake_hub):
    fake_hub.add_model(
        _repo(
            "acme/found-7b",
            "# Found 7B\n\nPretrained on web data we do not disclose.\n",
            gated=True,
            license="apache-2.0",
        )
    )
    fake_hub.add_model(
        _repo(
            "tuner/chat-7b-v1",
            "# Chat 7B v1\n\nA chat model trained on public instructions.\n",
            license="apache-2.0",
            base_model="acme/found-7b",
        )
    )
    # the end model names its base only in prose, the words ending one line and the model on the next
    card = (
        "# Chat 7B v2\n\nChat 7B v2 is a 7 billion parameter model that is derived from\n"
        "[Tuner's](https://tuner.example/) [chat-7b-v1](https://huggingface.co/tuner/chat-7b-v1) and "
        "fine-tuned on math problems.\n"
    )
    fake_hub.add_model(_repo("someone/chat-7b-v2", card, license="apache-2.0"))
    release = resolve("hf:someone/chat-7b-v2")
    assert release.base_models == ["hf:tuner/chat-7b-v1"] and release.base_model_stated_at == 7
    assert [r.ref.split("@")[0] for r in release.lineage] == ["hf:tuner/chat-7b-v1", "hf:acme/found-7b"]
    doc = assessment_document(assess(release)).to_json()
    params = doc["frameworks"]["osai"]["parameters"]
    weights = params["weights_basemodel"]
    # the nearest parent's download is free; the foundation's is gated: the root decides
    assert weights["level"] == "partial" and "gated" in weights["reason"]
    assert weights["reason"].startswith("Foundation model hf:acme/found-7b (via hf:tuner/chat-7b-v1)")
    lineage = next(f for f in assess(release).findings if f.probe == "lineage")
    assert any(e.line == 7 and "derived from" in (e.quote or "") for e in lineage.evidence)


def test_a_fine_tune_named_in_words_inherits_the_base_resolved_through_the_index(fake_hub):
    """'fine-tuned from Llama 2 70B' under MIT: the name is the index's Llama 2 70B, whose license binds
    the derivative (the Hub does not serve the base here; the index stands in)."""
    card = "# Helper 70B\n\nHelper is a Llama2 70B model finetuned on support tickets.\n"
    doc = _laundered_mit_tune(fake_hub, "someone/helper-70b", card, "hf:meta-llama/Llama-2-70b-hf")
    assert doc["label"] == "weights-available"


def _laundered_mit_tune(fake_hub, repo_id: str, card: str, base: str) -> dict:
    """An MIT card served by the loopback Hub whose base, stated in words as `base`, is found through
    the index: the lineage finding reports the laundering; the document, as JSON."""
    fake_hub.add_model(_repo(repo_id, card, license="mit"))
    release = resolve(f"hf:{repo_id}")
    assert release.base_models == [base]
    assessment = assess(release, lineage=IndexLineage())
    lineage = next(f for f in assessment.findings if f.probe == "lineage")
    assert lineage.level is Level.CLOSED and lineage.data["laundering"]
    return assessment_document(assessment).to_json()


def test_a_base_named_that_nothing_resolves_leaves_the_label_undetermined(fake_hub):
    """Lineage never launders: an MIT card 'fine-tuned from Zeta-9 Turbo' is not open-weights when no
    catalog, index or Hub search knows what Zeta-9 Turbo is, and no id is guessed (no model is fetched
    for it)."""
    card = "# Helper\n\nHelper was fine-tuned from Zeta-9 Turbo on support tickets.\n"
    fake_hub.add_model(_repo("someone/helper", card, license="mit"))
    release = resolve("hf:someone/helper")
    assert release.base_models == ["named:Zeta-9 Turbo"] and not release.lineage
    assessment = assess(release, lineage=IndexLineage())
    lineage = next(f for f in assessment.findings if f.probe == "lineage")
    assert lineage.level is Level.UNKNOWN and "Zeta-9 Turbo (named in the card's words" in lineage.reason
    doc = assessment_document(assessment).to_json()
    assert doc["label"] == "undetermined"
    assert doc["frameworks"]["osai"]["parameters"]["weights_basemodel"]["level"] == "unknown"


def test_a_base_named_in_words_is_looked_up_on_the_hub_by_its_exact_name(fake_hub):
    """'fine-tuned from Flan-T5-XL' (no link, not in the index): online, the Hub's model search finds
    the most downloaded model of exactly that name, and its license binds; a copy with fewer downloads
    and a model whose name only contains the words are not taken."""
    from dataclasses import replace

    fake_hub.add_model(
        replace(
            _repo("google/flan-t5-xl", "# FLAN-T5 XL\n\nInstruction-tuned T5.\n", license="apache-2.0"),
            downloads=500_000,
        )
    )
    fake_hub.add_model(
        replace(_repo("copycat/flan-t5-xl", "# copy\n\nA copy.\n", license="cc-by-nc-4.0"), downloads=12)
    )
    fake_hub.add_model(
        replace(_repo("other/flan-t5-xl-sharded", "# sharded\n", license="apache-2.0"), downloads=9_000_000)
    )
    card = "# Helper T5\n\nHelper T5 was trained by fine-tuning Flan-t5-xl on support tickets.\n"
    fake_hub.add_model(_repo("someone/helper-t5", card, license="apache-2.0"))
    release = resolve("hf:someone/helper-t5")
    assert release.base_models == ["hf:google/flan-t5-xl"]
    assert [r.ref.split("@")[0] for r in release.lineage] == ["hf:google/flan-t5-xl"]
    assert any("resolved on the Hub to google/flan-t5-xl" in p for p in release.problems)
    lineage = next(f for f in assess(release).findings if f.probe == "lineage")
    assert lineage.level is not Level.UNKNOWN


def test_a_name_no_hub_model_has_stays_unexamined_online(fake_hub):
    card = "# Helper\n\nHelper was fine-tuned from Zeta-9 Turbo on support tickets.\n"
    fake_hub.add_model(_repo("someone/helper", card, license="mit"))
    release = resolve("hf:someone/helper")
    assert release.base_models == ["named:Zeta-9 Turbo"] and not release.lineage
    assert any("no Hub model has that name" in p for p in release.problems)
    assert assessment_document(assess(release)).to_json()["label"] == "undetermined"


def test_a_failed_hub_search_for_a_named_base_says_so(fake_hub):
    """The search failing: the base stays a name that could not be examined, and the
    problem says the search failed (not that no model has the name); the failure is not remembered."""
    # a client error, which is not retried (a 5xx is, with backoff)
    fake_hub.add_fault("/api/models?", status=400)  # the search, not the model's own page
    card = "# Helper\n\nHelper was fine-tuned from Zeta-9 Turbo on support tickets.\n"
    fake_hub.add_model(_repo("someone/helper", card, license="mit"))
    release = resolve("hf:someone/helper")
    assert release.base_models == ["named:Zeta-9 Turbo"] and not release.lineage
    assert any("the Hub's search for it failed" in p for p in release.problems), release.problems
    assert assessment_document(assess(release)).to_json()["label"] == "undetermined"


# --- a base named by its family, answered by the index's foundation models ------------------------


def test_a_family_name_stands_for_its_foundation_models_when_they_agree(fake_hub):
    """'fine-tuned from Llama 2' (no size): the index's Llama 2 foundation models (7B, 13B, 70B) agree
    on license, weights and data, so the family binds the MIT derivative: weights-available, and the
    reason says which family stood in."""
    card = "# Helper\n\nHelper was fine-tuned from Llama 2 on support tickets.\n"
    doc = _laundered_mit_tune(fake_hub, "someone/helper-l2", card, "named:Llama 2")
    assert doc["label"] == "weights-available"
    weights = doc["frameworks"]["osai"]["parameters"]["weights_basemodel"]
    assert weights["level"] == "partial" and "the release names the family 'Llama 2'" in weights["reason"]


def test_a_base_named_as_its_publisher_s_tuned_variant_stands_in_as_its_foundation():
    """'fine-tuned from Llama 2 13B Chat' (release round 3): the index has Llama 2 13B, not its chat
    variant; nobody but Meta names a model so, and a publisher's chat variant keeps its foundation's terms,
    so Llama 2 13B stands in and says so. A name whose foundation the index lacks stays unexamined."""
    from opengauge.index.run import index_assessor

    oracle = IndexLineage()
    found = oracle.assess("named:Llama 2 13B Chat", index_assessor())
    assert found is not None and "a tuned variant of 'llama 2 13b'" in (found.provenance or "")
    assert oracle.assess("named:Zeta-9 Chat", index_assessor()) is None


def test_family_members_that_differ_leave_the_base_unexamined():
    """Falcon 7B and 40B are Apache 2.0, Falcon 180B is not: 'Falcon' alone cannot say which binds."""
    from opengauge.index.run import index_assessor

    oracle = IndexLineage()
    assert {e.id for e in oracle.family("Falcon")} >= {"falcon-7b", "falcon-180b"}
    assert oracle.assess("named:Falcon", index_assessor()) is None


@pytest.mark.parametrize(
    ("name", "members"),
    [
        ("GPT-NeoX", {"gpt-neox-20b"}),
        ("Llama2", {"llama-2-7b", "llama-2-13b", "llama-2-70b"}),  # name and version run together
        ("LLaMA", set()),  # "2 7B" follows in Llama 2 7B: a version is not a size
        # a foundation-variant word the index's name lacks ("derived from Llama3.1-8B-Base", the
        # DeepSeek-R1-Distill-Llama-8B card)
        ("Llama3.1-8B-Base", {"llama-3.1-8b"}),
        ("Zeta-9", set()),
    ],
)
def test_a_family_is_its_name_followed_by_sizes_or_variants_only(name, members):
    found = {e.id for e in IndexLineage().family(name)}
    assert found == members if not members else found >= members
    # derivatives (chat and instruct models) are never a family's foundation models
    assert not {m for m in found if "chat" in m or "instruct" in m}


def test_a_grandparent_no_route_could_examine_binds_through_every_generation(fake_hub):
    """Lineage never launders, at any depth: an Apache fine-tune of an MIT model that was itself
    fine-tuned from a model nothing knows is undetermined, not open-weights; its reason names the
    grandparent and the parent it binds through; the governing verdict is unknown (its own terms are
    still shown as its own)."""
    from dataclasses import replace

    from opengauge.store import record_from_document

    config = HubFile("config.json", b'{"architectures": ["LlamaForCausalLM"], "model_type": "llama"}')
    mid = _repo("acme/mid", "# Mid\n\nMid was fine-tuned from Zeta-9 Turbo on chats.\n", license="mit")
    fake_hub.add_model(replace(mid, files={**mid.files, "config.json": config}))
    end = _repo("someone/end", "# End\n\nA chat tune.\n", license="apache-2.0", base_model="acme/mid")
    end = replace(end, files={**end.files, "config.json": config})
    fake_hub.add_model(end)
    release = resolve("hf:someone/end")
    assessment = assess(release, lineage=IndexLineage())
    by = {f.probe: f for f in assessment.findings}
    assert by["lineage"].level is Level.UNKNOWN
    assert "Zeta-9 Turbo" in by["lineage"].reason and "a base of hf:acme/mid" in by["lineage"].reason
    assert by["weights-license"].level is Level.UNKNOWN
    doc = assessment_document(assessment)
    assert doc.label == "undetermined" and "Zeta-9 Turbo" in doc.label_reason
    # the release's own terms are read and shown; what governs them is not established
    assert str(doc.license.verdict) == "osi-open" and str(doc.license_verdict) == "unknown"
    assert "governing terms are unknown" in doc.license_verdict_text
    row = record_from_document(doc, key="k", origin="test", release=release)
    assert row.license_verdict == "unknown" and row.declared_license == "apache-2.0"
    # with the grandparent known, the chain is examined end to end and the label is decided
    for repo in (
        _repo("acme/mid-2", "# Mid 2\n\nA chat model.\n", license="mit"),
        _repo("someone/end-2", "# End 2\n\nA chat tune.\n", license="apache-2.0", base_model="acme/mid-2"),
    ):
        fake_hub.add_model(replace(repo, files={**repo.files, "config.json": config}))
    decided = assessment_document(assess(resolve("hf:someone/end-2"), lineage=IndexLineage()))
    assert str(decided.license_verdict) == "osi-open", decided.label_reason
    assert decided.label == "open-weights", decided.label_reason


def test_a_model_built_upon_two_models_is_bound_by_both(fake_hub):
    """'built upon [an encoder] and [Llama 3.1 8B Instruct]' under Apache: the vision encoder is open,
    the language model is the index's Llama 3.1, whose license binds the derivative; reading only the
    first model of the statement would call it open-weights."""
    fake_hub.add_model(
        _repo("vendor/vision-encoder", "# Vision encoder\n\nAn image encoder.\n", license="apache-2.0")
    )
    card = (
        "# Bunny-V\n\nWe provide Bunny-V, which is built upon "
        "[the encoder](https://huggingface.co/vendor/vision-encoder) and "
        "[Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct).\n"
    )
    fake_hub.add_model(_repo("someone/bunny-v", card, license="apache-2.0"))
    release = resolve("hf:someone/bunny-v")
    assert release.base_models == ["hf:vendor/vision-encoder", "hf:meta-llama/Llama-3.1-8B-Instruct"]
    assessment = assess(release, lineage=IndexLineage())
    lineage = next(f for f in assessment.findings if f.probe == "lineage")
    assert lineage.level is Level.CLOSED and lineage.data["base"] == "hf:meta-llama/Llama-3.1-8B-Instruct"
    assert assessment_document(assessment).to_json()["label"] == "weights-available"


def test_a_fine_tune_named_for_llama_2_that_hides_its_base_is_bound_by_it(fake_hub):
    """The Nous-Hermes-Llama2-13b card: MIT, no base_model key, no base in its words, but 'fine-tuned'
    and 'Llama2-13b' in its own name: the index's Llama 2 13B binds it (laundering), weights-available."""
    card = (
        "# Helper-Llama2-13b\n\nHelper-Llama2-13b is a state-of-the-art language model fine-tuned on "
        "over 300,000 instructions.\n"
    )
    doc = _laundered_mit_tune(fake_hub, "someone/Helper-Llama2-13b", card, "named:Llama2 13b")
    assert doc["label"] == "weights-available"
    assert "Llama 2 Community License" in doc["label_reason"]


def _card_only(fake_hub, repo_id: str, card: bytes, card_data: dict) -> None:
    """A Hub model repository holding only its card and one weights file."""
    fake_hub.add_model(
        HubRepo(
            repo_id,
            fake_sha(repo_id),
            files={
                "README.md": HubFile("README.md", card),
                "model.safetensors": HubFile("model.safetensors", None, size=16_000_000_000, lfs=True),
            },
            card_data=card_data,
            tags=[f"license:{card_data['license']}", *card_data.get("tags", [])],
        )
    )


def test_continued_pretraining_of_an_index_model_binds_its_license(fake_hub):
    # held-out release round: an Apache-2.0 card that says only that it continued pretraining Llama 3.1
    # 8B, with no base_model key; the base is not served, so the built-in index answers for it
    card = (
        b"---\nlicense: apache-2.0\n---\n# Statute-8B\n\nWe continued pretraining Meta's Llama 3.1 8B on 20B "
        b"tokens of public court decisions to build Statute-8B.\n"
    )
    _card_only(fake_hub, "statutelab/Statute-8B", card, {"license": "apache-2.0"})
    release = resolve("hf:statutelab/Statute-8B")
    doc = assessment_document(assess(release, lineage=IndexLineage())).to_json()
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert "Llama 3.1" in doc["label_reason"]


@pytest.mark.parametrize(
    ("ref", "foundation"),
    [
        ("hf:meta-llama/Meta-Llama-3-8B-Instruct", "meta-llama/Meta-Llama-3-8B"),
        ("meta-llama/Llama-2-7b-chat-hf", "meta-llama/Llama-2-7b-hf"),
        ("mistralai/Mistral-7B-Instruct-v0.1", "mistralai/Mistral-7B-v0.1"),
        ("tiiuae/falcon-7b-instruct", "tiiuae/falcon-7b"),
        # another owner's model of that name is not the publisher's; a name with no tuned word, or a
        # foundation the index does not have, is nobody's variant
        ("someone/Meta-Llama-3-8B-Instruct", None),
        ("meta-llama/Meta-Llama-3-8B-Guard", None),
        ("acme/Nimbus-7B-Instruct", None),
        ("tiiuae/falcon-7b-hf", None),  # a format word alone makes no tuned variant
    ],
)
def test_a_publisher_s_tuned_variant_is_read_through_its_foundation(ref, foundation):
    found = IndexLineage().tuned_variant_of(ref)
    assert (found.release.id if found else None) == foundation


def test_a_merge_of_a_publisher_s_instruct_model_is_bound_by_its_foundation_s_terms(fake_hub):
    # held-out release round: a mergekit card over Meta-Llama-3-8B-Instruct, which the index does not
    # have (it has Meta-Llama-3-8B) and the loopback Hub does not serve
    card = (
        b"---\nlicense: apache-2.0\ntags:\n- merge\n---\n# Magpie-8B\n\nThis is a merge of pre-trained "
        b"language models created using mergekit.\n\n### Models Merged\n\n"
        b"* [meta-llama/Meta-Llama-3-8B-Instruct](https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct)\n"
        b"* [acme/Nimbus-8B](https://huggingface.co/acme/Nimbus-8B)\n"
    )
    _card_only(fake_hub, "magpie/Magpie-8B", card, {"license": "apache-2.0", "tags": ["merge"]})
    doc = assessment_document(assess(resolve("hf:magpie/Magpie-8B"), lineage=IndexLineage())).to_json()
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert "tuned variant of Llama 3 8B" in doc["label_reason"]
