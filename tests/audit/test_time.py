"""Time: `opengauge history`, `opengauge diff` and `opengauge license diff`."""

from __future__ import annotations

import json
from pathlib import Path

from opengauge.audit.diff import diff_documents, license_diff, load_side, word_diff
from opengauge.audit.run import run_audit
from opengauge.audit.sources import DumpSource
from opengauge.store import Store
from tests.audit.conftest import run_cli

FILES = [{"rfilename": "model.safetensors", "size": 10**9, "lfs": True}, {"rfilename": "config.json"}]


def _two_revisions(tmp_path: Path, license_corpus: Path) -> Path:
    from bench.dumpgen import write_jsonl

    llama = (license_corpus / "llama-3.1-community.txt").read_text()
    gate = json.dumps(llama)
    old = {
        "modelId": "org/model",
        "sha": "a" * 40,
        "last_modified": "2025-06-01T00:00:00Z",
        "card": f"---\nlicense: llama3.1\nextra_gated_prompt: {gate}\n---\n# Model\n",
        "siblings": FILES,
    }
    new = {
        "modelId": "org/model",
        "sha": "b" * 40,
        "last_modified": "2026-01-01T00:00:00Z",
        "card": "---\nlicense: apache-2.0\n---\n# Model\n\nTraining code: https://github.com/org/train\n",
        "siblings": FILES,
    }
    store = tmp_path / "t.duckdb"
    for i, row in enumerate((old, new)):
        write_jsonl(iter([row]), tmp_path / f"d{i}.jsonl")
        with Store.open(store) as st:
            run_audit(DumpSource(str(tmp_path / f"d{i}.jsonl")), st, depth="metadata")
    return store


def test_history_and_diff_of_stored_rows(tmp_path: Path, license_corpus: Path) -> None:
    store = _two_revisions(tmp_path, license_corpus)
    result = run_cli("history", "hf:org/model", "--store", str(store), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["revision"][:3] for r in rows] == ["aaa", "bbb"]
    assert rows[0]["license_verdict"] == "restricted" and rows[1]["license_verdict"] == "osi-open"
    assert any(c.startswith("label: weights-available ->") for c in rows[1]["changes"])
    text = run_cli("history", "org/model", "--store", str(store)).stdout
    assert "aaaaaaaaaaaa" in text and "bbbbbbbbbbbb" in text

    diff = diff_documents(load_side("hf:org/model@aaa", store), load_side("hf:org/model@bbb", store))
    assert diff["label"]["old"] == "weights-available" and diff["label"]["changed"]
    assert diff["license"]["new"]["verdict"] == "osi-open"
    removed = {c["type"] for c in diff["clauses"]["removed"]}
    assert {"user-threshold", "use-policy-by-reference"} <= removed
    assert any(p["parameter"] == "weights_endmodel" for p in diff["parameters"]) or diff["parameters"]
    out = run_cli("diff", "hf:org/model@aaa", "hf:org/model@bbb", "--store", str(store))
    assert out.returncode == 0, out.stderr
    assert "Label: weights-available ->" in out.stdout and "- user-threshold" in out.stdout


def test_diff_of_two_folders_lists_files_and_documents(tmp_path: Path, license_corpus: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
        (folder / "model.safetensors").write_bytes(b"0" * 64)
        (folder / "config.json").write_text("{}")
    (a / "README.md").write_text("---\nlicense: llama3.1\n---\n# A\n")
    (a / "LICENSE").write_text((license_corpus / "llama-3.1-community.txt").read_text())
    (b / "README.md").write_text("---\nlicense: apache-2.0\n---\n# B\n")
    (b / "LICENSE").write_text((license_corpus / "apache-2.0.txt").read_text())
    (b / "train.py").write_text("print('train')\n")
    out = run_cli("diff", str(a), str(b), "--format", "json")
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["license"]["old"]["verdict"] == "restricted" and d["license"]["new"]["verdict"] == "osi-open"
    assert d["files"]["added"] == ["train.py"]
    assert "user-threshold" in d["clauses"]["types_removed"]
    # an assessment JSON file is a side too
    (tmp_path / "a.json").write_text(run_cli("assess", str(a), "--format", "json").stdout)
    again = json.loads(run_cli("diff", str(tmp_path / "a.json"), str(b), "--format", "json").stdout)
    assert again["label"] == d["label"] and again["files"] is None


def test_license_diff_llama_3_to_3_1(license_corpus: Path) -> None:
    old = (license_corpus / "llama-3-community.txt").read_text()
    new = (license_corpus / "llama-3.1-community.txt").read_text()
    d = license_diff(old, new, old_name="llama-3", new_name="llama-3.1")
    c = d["clauses"]
    assert c["types_removed"] == ["output-training-ban", "use-restrictions"]
    assert any("improve any other large language model" in x["quote"] for x in c["removed"])
    reworded = {x["type"]: x for x in c["changed"]}
    assert "Llama 3.1" in reworded["user-threshold"]["new"]["quote"]
    assert "user-threshold" not in c["types_removed"]


def test_license_diff_cli(license_corpus: Path) -> None:
    out = run_cli(
        "license",
        "diff",
        str(license_corpus / "llama-2-community.txt"),
        str(license_corpus / "llama-3-community.txt"),
    )
    assert out.returncode == 0, out.stderr
    assert "Clause types added: naming-branding, use-restrictions" in out.stdout
    plain = run_cli("license", str(license_corpus / "mit.txt"), "--format", "json")
    assert json.loads(plain.stdout)["verdict"] == "osi-open"


def test_word_diff_shows_only_what_moved() -> None:
    assert word_diff("a b c d e f g h", "a b c X e f g h", context=1) == "... c [-d-] {+X+} e ..."
