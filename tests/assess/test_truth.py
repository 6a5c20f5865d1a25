"""Verdicts people can trust: lineage never launders (the built-in index is the lineage oracle),
text beats name, and headlines name every blocking clause, most consequential first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import opengauge
from opengauge.assess import Assessor, assess
from opengauge.cli import app
from opengauge.document import assessment_document
from opengauge.index.lineage import IndexLineage
from opengauge.index.load import get_entry
from opengauge.index.run import assess_entry
from opengauge.licenses import analyze
from opengauge.model import Document, DocumentKind, FileEntry, Label, Level, Release
from tests.releases import card_and_license
from tests.warm_engine import seed_engine_cache

CARD = "---\nlicense: {license}\nbase_model: {base}\n---\n# My tune\n\nA chat fine-tune.\n"


def _folder(tmp_path: Path, base: str, license: str = "mit") -> Path:
    folder = tmp_path / base.replace("/", "_")
    folder.mkdir()
    (folder / "README.md").write_text(CARD.format(license=license, base=base))
    (folder / "model.safetensors").write_bytes(b"\0" * 2048)
    (folder / "config.json").write_text(
        '{"architectures": ["LlamaForCausalLM"], "transformers_version": "4.44"}'
    )
    return folder


def _assess_card(tmp_path: Path, card: str) -> dict:
    """`_assess_offline` on a folder holding only weights and the model card `card`."""
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "README.md").write_text(card)
    (folder / "model.safetensors").write_bytes(b"\0" * 2048)
    return _assess_offline(folder, tmp_path)


def _assess_offline(folder: Path, tmp_path: Path, *, process: bool = False) -> dict:
    """`opengauge assess FOLDER --format json` offline, in an environment holding nothing of the
    caller's (no endpoint, token or cache): in this process, or with `process=True` as a real
    `python -m opengauge` subprocess (one test keeps the entry point that way)."""
    env = {"HF_HUB_OFFLINE": "1", "OPENGAUGE_CACHE": str(seed_engine_cache(tmp_path / "cache"))}
    if process:
        env |= {
            "PATH": "/usr/bin:/bin",
            # the subprocess runs the package under test, not whichever checkout the venv installed
            "PYTHONPATH": str(Path(opengauge.__file__).resolve().parents[1]),
        }
        out = subprocess.run(
            [sys.executable, "-m", "opengauge", "assess", str(folder), "--format", "json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)
    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith(("HF_", "HUGGING", "GITHUB_", "OPENGAUGE_")):
                mp.delenv(name)
        for k, v in env.items():
            mp.setenv(k, v)
        res = CliRunner().invoke(app, ["assess", str(folder), "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_offline_fine_tune_of_an_index_model_inherits_its_license(tmp_path):
    doc = _assess_offline(_folder(tmp_path, "meta-llama/Llama-3.1-8B-Instruct"), tmp_path, process=True)
    assert doc["label"] == "weights-available"
    assert "Llama 3.1 Community License" in doc["label_reason"]
    assert doc["label_reason"].index("user cap") < doc["label_reason"].index("outside use policy")
    lineage = next(f for f in doc["findings"] if f["probe"] == "lineage")
    assert lineage["level"] == "closed" and lineage["data"]["laundering"]  # MIT over a Llama license
    assert "opengauge index, reviewed" in lineage["reason"]
    cited = [e for f in doc["findings"] if f["probe"] == "weights-license" for e in f["evidence"]]
    assert any("opengauge index, reviewed" in (e.get("note") or "") for e in cited)


@pytest.mark.parametrize("base", ["meta-llama/Llama-3.1-8B", "meta-llama/Meta-Llama-3.1-8B"])
def test_offline_fine_tune_of_an_index_base_model_gets_its_base_cells(tmp_path, base):
    """A fine-tune of a base model (not an instruct model) is judged offline through the index: the
    base's gated download makes weights_basemodel partial, and its undisclosed pretraining data makes
    datasources_basemodel closed, both citing the index entry (the old repository name resolves too)."""
    doc = _assess_offline(_folder(tmp_path, base), tmp_path)
    params = doc["frameworks"]["osai"]["parameters"]
    weights, data = params["weights_basemodel"], params["datasources_basemodel"]
    assert weights["level"] == "partial" and "gated" in weights["reason"]
    assert data["level"] == "closed" and "hf:meta-llama/Llama-3.1-8B" in data["reason"]  # the current name
    for cell in (weights, data):
        assert any("opengauge index, reviewed" in (e.get("note") or "") for e in cell["evidence"])
    assert doc["label"] == "weights-available"  # the Llama 3.1 terms bind the MIT-labelled tune


def test_offline_fine_tune_of_an_unknown_base_is_undetermined(tmp_path):
    doc = _assess_offline(_folder(tmp_path, "someone/unknown-base"), tmp_path)
    assert doc["label"] == "undetermined"
    assert "hf:someone/unknown-base" in doc["label_reason"]
    assert doc["frameworks"]["g7"]["missing"] == ["the terms of the base model hf:someone/unknown-base"]


def test_open_own_terms_over_an_unexamined_base_are_not_read_as_open(tmp_path):
    # the folder's MIT says nothing of what the base that could not be examined binds it to: the
    # weights' terms are unknown (naming the base), not "open, no binding document adds restrictions"
    doc = _assess_offline(_folder(tmp_path, "someone/unknown-base"), tmp_path)
    (wl,) = [f for f in doc["findings"] if f["probe"] == "weights-license"]
    assert wl["level"] == "unknown" and "hf:someone/unknown-base" in wl["reason"], wl["reason"]
    assert "MIT" in wl["reason"]
    # restrictive own terms are decided whatever the base adds: closed
    nc = _assess_offline(_folder(tmp_path, "someone/other-base", license="cc-by-nc-4.0"), tmp_path)
    (wl,) = [f for f in nc["findings"] if f["probe"] == "weights-license"]
    assert wl["level"] == "closed" and nc["label"] == "weights-available", wl["reason"]


def _release(ref: str, *, license: str | None, bases: list[str]) -> Release:
    front = f"license: {license}\n" if license else ""
    card = f"---\n{front}---\n# Model\n\n## Training\n\nTrained on public data.\n"
    return Release(
        ref=ref,
        source="hub",
        id=ref[3:],
        metadata=({"license": license} if license else {}) | {"base_model": [b[3:] for b in bases]},
        base_models=bases,
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)],
        files=[FileEntry(path="model.safetensors", size=10**9), FileEntry(path="README.md", size=100)],
    )


def test_every_parent_of_a_merge_binds():
    # a merge of an Apache model and a Llama 3.1 model (both known to the index): the Llama terms bind
    merge = _release(
        "hf:someone/merge",
        license="apache-2.0",
        bases=["hf:mistralai/Mistral-7B-v0.1", "hf:meta-llama/Llama-3.1-8B-Instruct"],
    )
    a = Assessor(lineage=IndexLineage()).assess(merge)
    assert len(a.parents) == 2 and a.label is Label.WEIGHTS_AVAILABLE
    assert a.terms is not None and a.terms.inherited_from == "hf:meta-llama/Llama-3.1-8B-Instruct"
    # without the oracle, the second parent cannot be examined: never a kinder label
    assert assess(merge).label is Label.UNDETERMINED


def test_index_lineage_finds_renamed_repositories():
    lineage = IndexLineage()
    assert lineage.entry("hf:meta-llama/Meta-Llama-3.1-8B-Instruct@main") is not None
    assert lineage.entry("https://huggingface.co/mistralai/mistral-7b-v0.1").id == "mistral-7b-v0.1"
    assert lineage.entry("hf:nobody/nothing") is None


def test_llama_31_headline_leads_with_the_user_cap():
    doc = assess_entry(get_entry("llama-3.1-8b-instruct"))
    reason = doc.label_reason
    assert reason.index("user cap") < reason.index("outside use policy") < reason.index("mandatory branding")
    assert doc.frameworks.g7.missing[0].startswith("remove the user cap")
    runner = CliRunner()
    out = runner.invoke(app, ["index", "--format", "json", "--label", "weights-available"])
    data = json.loads(out.stdout)
    llama = next(m for m in data["models"] if m["index"]["id"] == "llama-3.1-8b-instruct")
    assert llama["label_reason"].startswith("The weights are published under Llama 3.1 Community License")
    assert "user cap" in llama["label_reason"]


def _apache_with(paragraph: str, license_corpus: Path) -> str:
    text = (license_corpus / "apache-2.0.txt").read_text()
    end = text.index("END OF TERMS AND CONDITIONS")
    return text[:end] + paragraph + "\n\n" + text[end:]


@pytest.mark.parametrize(
    "paragraph",
    [
        "   10. Use Restriction. You may not use the Work, or any Derivative Work, for any military purpose "
        "or for the surveillance of individuals.",
        "   10. Commercial Use. The Work may not be used for commercial purposes without a separate "
        "written agreement with the Licensor.",
    ],
)
def test_an_apache_text_with_an_added_restriction_is_judged_on_its_text(paragraph, license_corpus):
    report = analyze(_apache_with(paragraph, license_corpus), document="LICENSE")
    assert report.modified and report.verdict.value in ("restricted", "non-commercial")
    assert report.summary().startswith("Based on Apache License 2.0, with changes")
    doc = report.to_json()
    assert doc["license"]["id"] is None and doc["license"]["spdx"] is None and doc["based_on"] == "apache-2.0"
    (added,) = doc["changes"]
    assert added["line"] > 150 and added["quote"].split()[0] in paragraph
    out = CliRunner().invoke(app, ["license", "-"], input=_apache_with(paragraph, license_corpus))
    assert "Based on Apache License 2.0, with changes" in out.stdout and "Added to the Apache" in out.stdout


def test_the_unmodified_apache_text_stays_osi_open(license_corpus):
    report = analyze((license_corpus / "apache-2.0.txt").read_text())
    assert not report.modified and report.verdict.value == "osi-open"


def test_a_release_whose_license_adds_a_restriction_is_not_open(license_corpus):
    text = _apache_with(
        "   10. Use Restriction. You may not use the Work for any military purpose.", license_corpus
    )
    release = card_and_license(
        "hf:acme/model", "---\nlicense: apache-2.0\n---\n# M\n", text, {"license": "apache-2.0"}
    )
    doc = assessment_document(assess(release))
    assert doc.label is Label.WEIGHTS_AVAILABLE
    assert doc.license.based_on == "apache-2.0" and doc.license.verdict == "restricted"
    disagreement = [f for f in doc.findings if f.probe == "license-disagreement"]
    assert any(f.level is Level.CLOSED for f in disagreement)  # the card says apache-2.0


def test_a_public_slice_of_larger_training_data_is_partial():
    from opengauge.model import DatasetRef
    from opengauge.probes import run_probes

    card = (
        "---\nlicense: apache-2.0\ndatasets:\n- tiiuae/falcon-refinedweb\n---\n"
        "# M\n\n## Training\n\nWeb data.\n"
    )
    release = Release(
        ref="hf:acme/m",
        source="hub",
        id="acme/m",
        metadata={"license": "apache-2.0", "datasets": ["tiiuae/falcon-refinedweb"]},
        datasets=[DatasetRef(id="tiiuae/falcon-refinedweb", exists=True, license="odc-by")],
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)],
        files=[FileEntry(path="model.safetensors", size=10**9)],
    )
    (td,) = run_probes(release, only=["training-data"])
    assert td.level is Level.PARTIAL and td.data["parts"] == ["tiiuae/falcon-refinedweb"]
    assert "opengauge dataset catalog" in td.reason and "600B" in td.reason


def test_a_condition_in_the_cards_license_section_binds(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: apache-2.0\n---\n# Demo 7B\n\nA model.\n\n## License\n\n"
        "The weights are released under the Apache 2.0 license, under the condition that the model is not "
        "used to compete with Acme's products or services.\n"
    )
    (folder / "model.safetensors").write_bytes(b"\0" * 2048)
    doc = _assess_offline(folder, tmp_path)
    assert doc["label"] == "weights-available"
    (clause,) = [c for c in doc["blocking_clauses"] if c["type"] == "use-restrictions"]
    assert clause["line"] == 10 and "compete" in clause["quote"]  # the line of the README


@pytest.mark.parametrize(
    ("front", "name", "types"),
    [
        # a license catalogued by id only, whose use policy the catalog records as a clause but does
        # not hold: the policy still binds, and the headline says so
        (
            "license: other\nlicense_name: falcon-llm-license",
            "TII Falcon License 2.0",
            {"use-policy-by-reference", "restrictions-flow-down"},
        ),
        # the Hub's family id: the clauses every Open RAIL text has, under the family's name
        ("license: openrail", "Open RAIL", {"use-restrictions", "restrictions-flow-down"}),
        # vendors' model licenses named by their `license_name`, and OPT's by the address of its text
        (
            "license: other\nlicense_link: https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/"
            "MODEL_LICENSE.md",
            "OPT-175B License Agreement",
            {"research-only", "non-commercial", "use-restrictions", "guardrail-termination"},
        ),
        (
            "license: other\nlicense_name: qwen-research",
            "Qwen Research License Agreement",
            {"research-only", "non-commercial", "naming-branding"},
        ),
        (
            "license: other\nlicense_name: faipl-1.0-sd",
            "Fair AI Public License 1.0-SD",
            {"use-restrictions", "restrictions-flow-down"},
        ),
        (
            "license: other\nlicense_name: codegeex4",
            "The CodeGeeX4 License",
            {"use-restrictions", "notification-duty", "naming-branding"},
        ),
        (
            "license: other\nlicense_name: cogvlm2",
            "The CogVLM License (CogVLM2)",
            {"use-restrictions", "notification-duty", "unilateral-change"},
        ),
        (
            "license: other\nlicense_name: tencent-hunyuan-community",
            "Tencent Hunyuan Community License Agreement",
            {"user-threshold", "geographic-restriction", "use-policy-by-reference", "output-training-ban"},
        ),
        (
            "license: other\nlicense_name: coqui-public-model-license",
            "Coqui Public Model License 1.0.0",
            {"non-commercial"},
        ),
        (
            "license: other\nlicense_name: stable-cascade-nc-community",
            "Stability AI Non-Commercial Research Community License Agreement",
            {"non-commercial", "research-only", "use-policy-by-reference"},
        ),
        # a Hub id spelled with other separators (`llama-3` for `llama3`, `Llama_3.1`)
        (
            "license: other\nlicense_name: llama-3",
            "Meta Llama 3 Community License Agreement",
            {"user-threshold", "use-policy-by-reference"},
        ),
        (
            "license: llama_3.1",
            "Llama 3.1 Community License Agreement",
            {"user-threshold", "use-policy-by-reference"},
        ),
    ],
)
def test_a_license_known_by_id_only_is_judged_by_its_catalogued_clauses(tmp_path, front, name, types):
    doc = _assess_card(tmp_path, f"---\n{front}\n---\n# Demo 3B\n\nA model.\n")
    assert doc["label"] == "weights-available"
    assert name in doc["label_reason"] and "Clay" not in doc["label_reason"]
    assert types <= {c["type"] for c in doc["blocking_clauses"]}


@pytest.mark.parametrize(
    ("card", "license_id"),
    [
        # a name where the Hub id belongs
        ("---\nlicense: Apache 2.0\n---\n# Demo 3B\n\nA model.\n", "apache-2.0"),
        ("---\nlicense: The MIT License\n---\n# Demo 3B\n\nA model.\n", "mit"),
        # no metadata: the card states it in a sentence, or names it under a license heading
        ("# Demo 3B\n\nA model.\n\nThis model is released under the MIT license.\n", "mit"),
        ("# Demo 3B\n\nA model.\n\n## Licence\n\nApache License, Version 2.0\n", "apache-2.0"),
    ],
)
def test_a_license_the_card_states_in_words_is_its_declared_license(tmp_path, card, license_id):
    doc = _assess_card(tmp_path, card)
    (wl,) = [f for f in doc["findings"] if f["probe"] == "weights-license"]
    assert wl["level"] == "open" and doc["license"]["license"]["id"] == license_id


@pytest.mark.parametrize(
    ("card", "license_id", "types"),
    [
        # a placeholder `license_name` names nothing; the card's sentence, naming the agreement by its
        # title (in capitals, as a link), does
        (
            "---\nlicense: other\nlicense_name: license\n---\n# Demo 8B\n\nA fine-tune of a Llama 3 "
            "model, and as such it is governed by the [META LLAMA 3 COMMUNITY LICENSE AGREEMENT]"
            "(https://example.org/terms).\n",
            "llama-3-community",
            {"user-threshold"},
        ),
        # the title in a license field, with the vendor's name written as one word
        (
            "# Demo 3B\n\nA model.\n\n## Model details\n\n* **Developed by**: Demo\n"
            "* **License**: StabilityAI Community License\n",
            "stability-ai-community",
            {"revenue-threshold"},
        ),
        # only a link to the license's official text, under a license heading
        (
            "---\nlicense: other\n---\n# Demo LoRA\n\n## License\n\nPlease follow the terms "
            "[here](https://huggingface.co/black-forest-labs/FLUX.1-dev/resolve/main/LICENSE.md).\n",
            "flux-1-dev-nc",
            {"non-commercial"},
        ),
        # `license_link` at the official text, beside a name the catalog does not know
        (
            "---\nlicense: other\nlicense_name: demo-flux-terms\nlicense_link: "
            "https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md\n---\n# Demo\n",
            "flux-1-dev-nc",
            {"non-commercial"},
        ),
    ],
)
def test_a_license_the_card_names_by_title_or_links_binds(tmp_path, card, license_id, types):
    doc = _assess_card(tmp_path, card)
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert doc["license"]["license"]["id"] == license_id
    assert types <= {c["type"] for c in doc["blocking_clauses"]}


@pytest.mark.parametrize(
    "card",
    [
        # a placeholder name and no statement: still nothing to go on
        "---\nlicense: other\nlicense_name: model-license\n---\n# Demo 3B\n\nA model.\n",
        # a link to a license that is not the catalog's official address
        "---\nlicense: other\nlicense_link: https://example.org/LICENSE.md\n---\n# Demo 3B\n",
        # `other` says the terms are none of the Hub's listed licenses: an open license named in
        # words (here an adapter's, beside the base model's uncatalogued terms) does not override it
        "---\nlicense: other\n---\n# Demo 65B\n\n## License and Intended Use\n\nThe adapter weights are "
        "available under the Apache 2 license. The model is based on Demo-LM and must be used "
        "according to the Demo-LM license.\n",
        "---\nlicense: other\nlicense_link: https://opensource.org/license/mit/\n---\n# Demo 3B\n",
    ],
)
def test_a_card_that_names_no_license_stays_undetermined(tmp_path, card):
    doc = _assess_card(tmp_path, card)
    assert doc["label"] == "undetermined", doc["label_reason"]
    if "license: other" in card:  # the reason says what the metadata said, not "no license found"
        assert "says `other`" in doc["label_reason"] and "no license was found" not in doc["label_reason"]


@pytest.mark.parametrize(
    "card",
    [
        "# Demo 3B\n\nA model.\n",
        # another license's title, in a sentence about something else, is not this model's license
        "# Demo 3B\n\nA model. Unlike models under the Meta Llama 3 Community License Agreement, "
        "ours is different.\n",
    ],
)
def test_a_folder_read_in_full_that_states_no_license_is_weights_available(tmp_path, card):
    # absence is closed: no license grants no right to use, modify or share (all rights reserved)
    doc = _assess_card(tmp_path, card)
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert doc["label_reason"].startswith("No license"), doc["label_reason"]
    assert not doc["frameworks"]["osaid"]["passes"]


def test_license_names_and_addresses_come_from_the_catalog():
    from opengauge.licenses import load_catalog
    from opengauge.licenses.names import entry_at_url, entry_named_in, names_no_license

    cat = load_catalog()
    # every catalogued license with an official address is found at it, in its http(s) spellings
    for entry in cat:
        found = entry_at_url(entry.url, cat) if entry.url and entry.kind == "license" else None
        if found is not None:
            bare = entry.url.split("://", 1)[1].removeprefix("www.")
            assert entry_at_url(f"http://www.{bare}/", cat) is found
    # a longer title wins over the shorter one it contains; versions are told apart
    assert entry_named_in("under the Llama 3.1 Community License Agreement", cat).id == "llama-3.1-community"
    assert entry_named_in("under the Meta Llama 3 Community License", cat).id == "llama-3-community"
    assert entry_named_in("see LICENSE", cat) is None
    # SPDX ids as people write them name their license; a short one needs its version
    assert entry_named_in("the checkpoints are CC BY-NC-SA 4.0", cat).id == "cc-by-nc-sa-4.0"
    assert entry_named_in("CC BY 4.0", cat).id == "cc-by-4.0"
    # "++" is part of a name: RAIL++-M is another text than RAIL-M
    assert entry_named_in("under the CreativeML OpenRAIL-M license", cat).id == "creativeml-openrail-m"
    plus = "creativeml-openrail-plus-plus-m"
    assert entry_named_in("under the CreativeML Open RAIL++-M License", cat).id == plus
    # a family is named by its coined name as by its Hub id, never by everyday words
    assert entry_named_in("* **License:** OpenRAIL-M", cat).id == "openrail-family"
    bigscience = entry_named_in("released under the BigScience OpenRAIL-M License", cat)
    assert bigscience.id == "bigscience-openrail-m"
    assert entry_named_in("trained near an open rail network", cat) is None
    assert names_no_license("model-license") and names_no_license("Custom License")
    assert not names_no_license("flux-dev-license") and not names_no_license("qwen-research")


@pytest.mark.parametrize(
    "sentence",
    [
        "The training code is released under the MIT license.",  # the code's license, not the model's
        "The dataset is licensed under the MIT license.",  # the data's
        "We compare with models released under the Apache 2.0 license and others.",  # no statement
    ],
)
def test_a_license_sentence_about_something_else_declares_nothing(tmp_path, sentence):
    doc = _assess_card(tmp_path, f"# Demo 3B\n\nA model.\n\n{sentence}\n")
    (wl,) = [f for f in doc["findings"] if f["probe"] == "weights-license"]
    # not the model's license: the folder, read in full, states none for the weights
    assert wl["level"] == "closed" and wl["data"]["no_license"] and doc["label"] == "weights-available"


def test_conditions_listed_under_a_terms_and_conditions_heading_bind(tmp_path):
    """A bilingual card's "声明与协议/Terms and Conditions" section whose numbered conditions (no
    word "license" on their lines) cap the users and shut out a class of licensee; the binding licence
    itself is a PDF that cannot be read."""
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: other\n---\n# Demo 7B\n\nA model.\n\n# 声明与协议/Terms and Conditions\n\n"
        "Commercial use is possible if your organisation meets these conditions:\n\n"
        "  1. The monthly active users of your products stay below 300,000.\n\n"
        "  2. Neither you nor your affiliates are cloud service providers.\n\n"
        "Then apply by email for the Demo Community Agreement (see agreement.pdf).\n"
    )
    (folder / "agreement.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "model.safetensors").write_bytes(b"\0" * 2048)
    doc = _assess_offline(folder, tmp_path)
    assert doc["label"] == "weights-available"
    types = [c["type"] for c in doc["blocking_clauses"]]
    assert types[0] == "user-threshold" and "use-restrictions" in types
    assert doc["label_reason"].index("user cap") < doc["label_reason"].index("forbidden uses")


def test_a_training_code_base_named_in_the_card_is_evidence_from_the_code_catalog():
    from opengauge.probes import run_probes

    def finding(body: str):
        text = "---\nlicense: apache-2.0\n---\n# M\n\n## Training\n\n" + body + "\n"
        release = Release(
            ref="hf:acme/m",
            source="hub",
            id="acme/m",
            documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
            files=[FileEntry(path="model.safetensors", size=10**9)],
        )
        (f,) = run_probes(release, only=["training-code"])
        return f

    named = finding("We trained it with [GPT-NeoX](https://github.com/EleutherAI/gpt-neox) on 64 GPUs.")
    assert named.level is Level.PARTIAL and named.data["codebase"] == "gpt-neox"
    assert any("opengauge code catalog" in (e.note or "") for e in named.evidence)
    # a library named for usage is not training code
    usage = finding("Load it with the transformers library: `pip install transformers`.")
    assert usage.level is Level.CLOSED


def _training_code(card: str):
    """The training-code finding of a Hub release that has only this model card and its weights."""
    from opengauge.probes import run_probes

    release = Release(
        ref="hf:acme/m",
        source="hub",
        id="acme/m",
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)],
        files=[FileEntry(path="model.safetensors", size=10**9)],
    )
    (f,) = run_probes(release, only=["training-code"])
    return f


@pytest.mark.parametrize(
    ("title", "body", "codebase"),
    [
        (
            "Training",
            "Fine-tuned with the [alignment-handbook](https://github.com/huggingface/alignment-handbook) "
            "recipes (SFT, then DPO).",
            "alignment-handbook",
        ),
        ("How it was made", "- SFT: axolotl, 3 epochs\n- preference tuning: OpenRLHF", "axolotl"),
        ("Details", "<p>We instruction-tuned the base with open-instruct on 8 GPUs.</p>", "open-instruct"),
    ],
)
def test_a_fine_tuning_code_base_the_model_was_made_with_is_fine_tuning_code(title, body, codebase):
    """Issue 14 rubric: fine-tuning code only is partial training code; a card that says the model was
    made with a catalogued fine-tuning code base is that evidence (cited), whatever the card's style."""
    f = _training_code(f"---\nlicense: apache-2.0\nbase_model: acme/base\n---\n# M\n\n## {title}\n\n{body}\n")
    assert f.level is Level.PARTIAL and f.data["finetune_only"] and f.data["codebase"] == codebase


@pytest.mark.parametrize(
    "body",
    [
        "You can fine-tune this model with [axolotl](https://github.com/axolotl-ai-cloud/axolotl).",
        "To fine-tune it on your data, see the alignment-handbook.",
    ],
)
def test_a_fine_tuning_code_base_suggested_to_the_reader_is_not_the_models_training_code(body):
    f = _training_code(f"---\nlicense: apache-2.0\n---\n# M\n\n## Usage\n\n{body}\n")
    assert f.level is not Level.PARTIAL and "codebase" not in f.data


def test_one_assessor_never_mixes_up_two_releases():
    # per-release readings (sections, datasets) live with their release; only content-keyed license
    # analyses are shared across a run
    def release(ref: str, dataset: str) -> Release:
        card = f"---\nlicense: apache-2.0\ndatasets:\n- {dataset}\n---\n# M\n\n## Training\n\nData.\n"
        from opengauge.model import DatasetRef

        return Release(
            ref=ref,
            source="hub",
            id=ref[3:],
            metadata={"license": "apache-2.0", "datasets": [dataset]},
            datasets=[DatasetRef(id=dataset, exists=True)],
            documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)],
            files=[FileEntry(path="model.safetensors", size=10**9)],
        )

    assessor = Assessor()
    for i in range(20):  # transient releases: a new document may reuse an old one's identity
        a = assessor.assess(release(f"hf:o/m{i}", f"o/data-{i}"))
        td = next(f for f in a.findings if f.probe == "training-data")
        assert [d["id"] for d in td.data["datasets"]] == [f"o/data-{i}"]


def test_a_license_that_hides_its_words_is_reported_in_the_assessment():
    hidden = "This model may be used for non\u200bcommercial purposes only."  # a zero-width space
    release = Release(
        ref="hf:acme/m",
        source="hub",
        id="acme/m",
        metadata={"license": "other"},
        documents=[
            Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="---\nlicense: other\n---\n# M\n"),
            Document(
                kind=DocumentKind.LICENSE, path="LICENSE", text="Acme Model License\n\n" + hidden + "\n"
            ),
        ],
        files=[FileEntry(path="model.safetensors", size=10**9)],
    )
    wl = next(f for f in assess(release).findings if f.probe == "weights-license")
    assert wl.level is Level.CLOSED and "non-commercial" in wl.reason
    assert wl.data["disguised"] and "hides its words" in wl.reason


def test_a_linked_fork_of_a_training_framework_is_not_the_models_recipe():
    from opengauge.model import CodeRepo
    from opengauge.probes import run_probes

    def level(paths: list[str]):
        fork = CodeRepo(
            ref="gh:acme-labs/Megatron-LM",
            url="https://github.com/acme-labs/Megatron-LM",
            files=[FileEntry(path=p) for p in paths],
        )
        release = Release(
            ref="hf:acme-labs/Falconer-7B",
            source="hub",
            id="acme-labs/Falconer-7B",
            documents=[
                Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="# Falconer\n\nA model.\n")
            ],
            files=[FileEntry(path="model.safetensors", size=10**9)],
            code_repos=[fork],
        )
        (f,) = run_probes(release, only=["training-code"])
        return f

    framework = ["README.md", "pretrain_gpt.py", "megatron/", "examples/gpt3/train_gpt3_175b.sh"]
    copy = level(framework)
    assert copy.level is Level.PARTIAL and copy.data["framework_copy"] == "Megatron-LM"
    recipe = level([*framework, "examples/falconer/train_falconer_7b.sh"])
    assert recipe.level is Level.OPEN


def test_a_quantization_whose_card_states_its_base_only_in_words_cannot_launder(tmp_path):
    """Issue 14 item 5, lineage never launders: many third-party quantizations declare no base_model
    key and say what they quantize in prose; the stated base binds them all the same (and the card's
    line is cited)."""
    folder = tmp_path / "gguf"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: apache-2.0\ntags:\n- gguf\n---\n# Llama-3.1-8B-Instruct-GGUF\n\n"
        "GGUF quantizations of [meta-llama/Llama-3.1-8B-Instruct]"
        "(https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct), made with llama.cpp.\n"
    )
    (folder / "llama-3.1-8b-instruct.Q4_K_M.gguf").write_bytes(b"GGUF" + b"\0" * 2048)
    doc = _assess_offline(folder, tmp_path)
    assert doc["label"] == "weights-available"
    assert "Llama 3.1 Community License" in doc["label_reason"] and "user cap" in doc["label_reason"]
    (lineage,) = [f for f in doc["findings"] if f["probe"] == "lineage"]
    assert lineage["data"]["laundering"] is True
    stated = [e for e in lineage["evidence"] if "stated in the card's text" in (e.get("note") or "")]
    assert stated and stated[0]["line"] == 8 and "GGUF quantizations of" in stated[0]["quote"]


def test_a_publisher_may_relicense_a_derivative_of_its_own_model():
    """A license binds its licensees, not its licensor: the publisher of a restricted base model may
    release its own derivative under MIT (DeepSeek-R1 from DeepSeek-V3-Base); anybody else's MIT
    derivative of the same base is laundering."""
    base = "hf:meta-llama/Llama-3.1-8B-Instruct"
    own = _release("hf:meta-llama/Llama-3.1-8B-Reasoner", license="mit", bases=[base])
    a = Assessor(lineage=IndexLineage()).assess(own)
    lineage = next(f for f in a.findings if f.probe == "lineage")
    assert lineage.level is Level.OPEN and lineage.data["own_model"] and not lineage.data["laundering"]
    assert "not its licensor" in lineage.reason
    assert a.terms is not None and a.terms.inherited_from is None and a.terms.verdict.is_open
    # the same text published by somebody else is bound by the base's terms
    other = _release("hf:someone/Llama-3.1-8B-Reasoner", license="mit", bases=[base])
    b = Assessor(lineage=IndexLineage()).assess(other)
    assert b.label is Label.WEIGHTS_AVAILABLE
    assert next(f for f in b.findings if f.probe == "lineage").data["laundering"]
    # a derivative that states no terms of its own inherits its publisher's base terms
    silent = _release("hf:meta-llama/Llama-3.1-8B-Silent", license=None, bases=[base])
    assert Assessor(lineage=IndexLineage()).assess(silent).label is Label.WEIGHTS_AVAILABLE


def test_a_licensee_cannot_relicense_a_vendors_model_even_its_own_derivative():
    """Same organisation, but the base's terms are a vendor's license it only holds (Llama, granted by
    Meta): its MIT derivative is still bound, and laundering."""
    base = _release("hf:acme/llama-tune", license="llama3.1", bases=[])
    child = _release("hf:acme/llama-tune-mit", license="mit", bases=["hf:acme/llama-tune"])

    class Oracle:
        def assess(self, ref, assessor):
            return assessor.assess(base) if ref == "hf:acme/llama-tune" else None

    a = Assessor(lineage=Oracle()).assess(child)
    lineage = next(f for f in a.findings if f.probe == "lineage")
    assert lineage.data["laundering"] and a.label is Label.WEIGHTS_AVAILABLE


@pytest.mark.parametrize(
    ("license_id", "said"),
    [
        # a family one of whose versions is not OSI-approved (GPL 1, BSD 4-clause) is rated as that one
        ("gpl", "an open (non-OSI) license"),
        ("bsd", "an open (non-OSI) license"),
        ("lgpl", "an OSI-approved license"),  # every LGPL version is OSI-approved
        ("gfdl", "an open (non-OSI) license"),
    ],
)
def test_a_hub_family_id_is_rated_as_its_least_open_member(tmp_path, license_id, said):
    doc = _assess_card(tmp_path, f"---\nlicense: {license_id}\n---\n# Demo 3B\n\nA model.\n")
    (wl,) = [f for f in doc["findings"] if f["probe"] == "weights-license"]
    assert wl["level"] == "open" and said in wl["reason"] and "family id" in wl["reason"]


def test_a_family_id_that_spans_open_and_non_commercial_terms_stays_unknown(tmp_path):
    # `cc` may be CC0 or BY-NC-ND: not a family entry, so its terms are not on record
    doc = _assess_card(tmp_path, "---\nlicense: cc\n---\n# Demo 3B\n\nA model.\n")
    (wl,) = [f for f in doc["findings"] if f["probe"] == "weights-license"]
    assert wl["level"] == "unknown" and doc["label"] == "undetermined"


@pytest.mark.parametrize(
    "card",
    [
        # an open license id, with commercial use waiting on a registration in the license section
        "---\nlicense: apache-2.0\n---\n# Demo 6B\n\n## License\n\nThe weights are fully open for academic "
        "research, and free commercial use is also allowed after completing the [questionnaire]"
        "(https://example.org/form).\n",
        # no metadata: the code's license and the weights' terms in one line; the code's is not the model's
        "# Demo 6B\n\n## 协议 (License)\n\nThe code in this repository is open-sourced under the Apache-2.0 "
        "license, while the use of the Demo-6B model weights needs to comply with the Model License. For "
        "commercial use, please fill out this [registration form](https://example.org/form).\n",
    ],
)
def test_commercial_use_that_waits_on_a_registration_is_not_open(tmp_path, card):
    doc = _assess_card(tmp_path, card)
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert "notification-duty" in {c["type"] for c in doc["blocking_clauses"]}
    assert (doc["license"]["license"] or {}).get("id") != "apache-2.0" or "license: apache" in card


@pytest.mark.parametrize(
    ("card", "bound"),
    [
        # the declared license, and the base model's terms the card says apply too
        (
            "---\nlicense: cc-by-sa-4.0\n---\n# Demo 13B\n\n## License\n\nThe creator lists cc-by-sa-4.0. As "
            "this model is based on Llama 2, it is also subject to the Meta Llama 2 license terms.\n",
            True,
        ),
        # named in a sentence that says it does not bind
        (
            "---\nlicense: apache-2.0\n---\n# Demo 7B\n\n## License\n\nApache 2.0. Unlike Llama 2 models, "
            "it is not subject to the Llama 2 Community License.\n",
            False,
        ),
    ],
)
def test_a_license_the_card_says_binds_the_model_adds_its_terms(tmp_path, card, bound):
    doc = _assess_card(tmp_path, card)
    types = {c["type"] for c in doc["blocking_clauses"]}
    (wl,) = [f for f in doc["findings"] if f["probe"] == "weights-license"]
    if bound:
        assert doc["label"] == "weights-available" and "user-threshold" in types, doc["label_reason"]
    else:
        assert wl["level"] == "open" and not types


@pytest.mark.parametrize(
    ("front", "refused"),
    [
        ("license: other\ncommercial: false", True),  # the OPT cards' key
        ("license: other\ncommercial: no", True),  # YAML's other false
        ("license: mit\nnon_commercial: true", True),  # stated either way, beside an open id
        ("license: mit\ncommercial: true", False),  # commercial use allowed: nothing to refuse
    ],
)
def test_the_card_metadata_refusing_commercial_use_binds(tmp_path, front, refused):
    doc = _assess_card(tmp_path, f"---\n{front}\n---\n# Demo 3B\n\nA model.\n")
    types = {c["type"] for c in doc["blocking_clauses"]}
    if refused:
        assert doc["label"] == "weights-available", doc["label_reason"]
        (clause,) = [c for c in doc["blocking_clauses"] if c["type"] == "non-commercial"]
        assert clause["line"] == 3 and "commercial" in clause["quote"]
    else:
        assert "non-commercial" not in types


@pytest.mark.parametrize(
    ("line", "ctype"),
    [
        # a card's introduction (no word "license") saying what commercial use needs
        ("以上所有权重对学术研究完全开放，在填写问卷进行登记后亦允许免费商业使用。", "notification-duty"),
        (
            "We ask that the weights be used for research only and not for commercial purposes.",
            "non-commercial",
        ),
    ],
)
def test_what_a_card_says_of_commercial_use_binds_wherever_it_says_it(tmp_path, line, ctype):
    doc = _assess_card(tmp_path, f"---\nlicense: apache-2.0\n---\n# Demo 3B\n\nA model.\n\n{line}\n")
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert ctype in {c["type"] for c in doc["blocking_clauses"]}


def test_a_heading_that_states_the_terms_is_read(tmp_path):
    """A heading that is a whole statement of terms, with nothing under it ("# 所有模型均采用 CC BY-NC-SA
    4.0 协议，禁止任何形式的商用！"), binds like a license line."""
    card = (
        "---\nlicense: apache-2.0\n---\n# Demo 3B\n\nA model.\n\n"
        "# 目前本项目发布的所有模型均采用 CC BY-NC-SA 4.0 协议，所有模型与其衍生模型均禁止任何形式的商用！\n"
    )
    doc = _assess_card(tmp_path, card)
    assert doc["label"] == "weights-available", doc["label_reason"]
    (clause,) = [c for c in doc["blocking_clauses"] if c["type"] == "non-commercial"]
    assert clause["line"] == 8


def test_a_license_field_in_a_list_of_model_details_is_read(tmp_path):
    """The template's list of model details: one item names the training data, another links the
    license from a repository whose name holds "code"; the license item still states the model's
    license (before, the whole list was skipped as being about data, and the link read as code)."""
    card = (
        "---\nlicense: other\n---\n# Demo Code 3B\n\n## Model Details\n\n"
        "* **Model type**: a decoder trained on our code dataset\n"
        "* **License**: [StabilityAI Community License](https://huggingface.co/acme/demo-code-3b/blob/main/LICENSE.md)\n"
        "* **Contact**: demo@example.org\n"
    )
    doc = _assess_card(tmp_path, card)
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert doc["license"]["license"]["id"] == "stability-ai-community"


def test_a_folder_named_for_its_base_family_is_bound_by_it(tmp_path: Path) -> None:
    # a fine-tune whose card declares no base and names none, but whose folder (its release name) does:
    # read as on the Hub, through the built-in index's Llama 2 family
    folder = tmp_path / "Corvid-Llama2-13b"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: mit\n---\n# Corvid\n\nCorvid-Llama2-13b is a chat model fine-tuned on 40k "
        "conversations written by our annotators.\n"
    )
    (folder / "model.safetensors").write_bytes(b"\0" * 2048)
    doc = _assess_offline(folder, tmp_path)
    assert doc["label"] == "weights-available", doc["label_reason"]
    assert "Llama 2" in doc["label_reason"]


def test_an_adapter_is_bound_by_the_model_its_configuration_names(tmp_path: Path) -> None:
    # a LoRA adapter whose card declares no base and names none in words: its adapter_config.json says
    # which model it is applied to, and that model's terms bind it (release round 4: lineage never launders)
    folder = tmp_path / "sql-lora"
    folder.mkdir()
    (folder / "README.md").write_text(
        "---\nlicense: mit\nlibrary_name: peft\n---\n# SQL LoRA\n\nText to SQL.\n"
    )
    (folder / "adapter_config.json").write_text(
        '{"base_model_name_or_path": "meta-llama/Llama-3.1-8B-Instruct", "peft_type": "LORA", "r": 16}'
    )
    (folder / "adapter_model.safetensors").write_bytes(b"\0" * 2048)
    doc = _assess_offline(folder, tmp_path)
    assert doc["label"] == "weights-available", doc["label_reason"]
    # a local path or a bare name in the configuration names no Hub model: nothing is assumed
    from opengauge.model import Document, DocumentKind
    from opengauge.sources.card import adapter_base

    def cfg(text: str) -> list[Document]:
        return [Document(kind=DocumentKind.CONFIG, path="adapter_config.json", text=text)]

    assert adapter_base(cfg('{"base_model_name_or_path": "/home/me/models/llama"}')) is None
    assert adapter_base(cfg('{"base_model_name_or_path": "llama"}')) is None
    assert adapter_base(cfg("[" * 100_000)) is None  # a nesting bomb is no configuration
    assert adapter_base(cfg('{"base_model_name_or_path": "Qwen/Qwen2.5-7B"}')) == "Qwen/Qwen2.5-7B"


def test_a_folder_s_own_name() -> None:
    from opengauge.sources.local import own_name

    snap = Path("/x/hub/models--acme--Widget-7B/snapshots/" + "a" * 40)
    assert own_name(snap) == "acme/Widget-7B"
    assert own_name(Path("/x/Corvid-Llama2-13b")) == "local/Corvid-Llama2-13b"
