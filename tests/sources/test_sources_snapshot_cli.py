"""Snapshots (schema opengauge.release/1) and the `release` / `snapshot` commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from opengauge.sources import SCHEMA, load_snapshot, resolve, save_snapshot
from opengauge.sources.errors import SnapshotError
from tests.sources.helpers import card, model, run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_snapshot_round_trip_and_offline_reuse(fake_hub, tmp_path, capsys):
    ref = fake_hub.add_corpus_release("olmo-7b")
    out = tmp_path / "olmo.json"
    code, stdout, err = run_cli(["snapshot", ref, "-o", str(out)], capsys)
    assert code == 0 and stdout == "" and "wrote" in err
    data = json.loads(out.read_text())
    assert data["schema"] == SCHEMA and data["tool_version"] and data["created_at"]
    docs = data["release"]["documents"]
    assert docs and all(d["revision"] and d["retrieved_at"] for d in docs)
    release = load_snapshot(out)
    assert release == resolve(ref)
    # later, offline, with no server: the snapshot is a reference like any other
    fake_hub.server.stop()
    fake_hub.offline()
    code, stdout, _ = run_cli(["release", str(out), "--format", "json"], capsys)
    assert code == 0 and json.loads(stdout)["release"] == data["release"]


@pytest.mark.parametrize(
    "content,needle",
    [
        ("not json", "invalid JSON"),
        ('{"release": {}}', 'no "schema"'),
        ('{"schema": "opengauge.release/99", "release": {}}', "unsupported snapshot schema"),
        ('{"schema": "opengauge.release/1", "release": {"ref": 3}}', "invalid snapshot"),
    ],
)
def test_bad_snapshots(tmp_path, capsys, content, needle):
    p = tmp_path / "bad.json"
    p.write_text(content)
    with pytest.raises(SnapshotError, match=needle):
        load_snapshot(p)
    code, out, err = run_cli(["release", str(p)], capsys)
    assert (code, out) == (22, "") and needle.split()[0] in err


def test_snapshot_is_atomic_and_not_written_on_failure(fake_hub, tmp_path, capsys):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "x.json"
    out.write_text("previous")
    code, stdout, _ = run_cli(["snapshot", "hf:org/missing", "-o", str(out)], capsys)
    assert code == 10 and out.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]
    fake_hub.add_model(model("org/m", card("license: mit")))
    save_snapshot(resolve("hf:org/m"), out)
    assert load_snapshot(out).id == "org/m" and [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_release_text_view(fake_hub, capsys):
    ref = fake_hub.add_corpus_release("olmo-7b")
    fake_hub.add_dataset("allenai/dolma", license="odc-by")
    code, out, err = run_cli(["release", ref], capsys)
    assert code == 0, err
    for needle in (
        "hf:allenai/OLMo-7B",
        "Documents",
        "model-card",
        "Files:",
        "weights:",
        "Linked code repos",
        "gh:allenai/OLMo",
        "Datasets",
        "allenai/dolma",
        "odc-by",
        "Papers: arXiv:2402.00838",
    ):
        assert needle in out, needle


def test_release_view_escapes_untrusted_text(fake_hub, capsys):
    fake_hub.add_model(model("org/evil", card('license: "[bold red]mit\\u001b[31m"\nbase_model: org/x')))
    code, out, _ = run_cli(["release", "hf:org/evil", "--no-lineage"], capsys)
    assert code == 0
    assert "[bold red]mit" in out and "\x1b" not in out


def test_release_lineage_view(fake_hub, capsys):
    fake_hub.add_model(
        model("org/child", card("license: mit\nbase_model: org/parent\nbase_model_relation: finetune"))
    )
    fake_hub.add_model(model("org/parent", card("license: apache-2.0")))
    code, out, _ = run_cli(["release", "hf:org/child"], capsys)
    assert code == 0 and "Lineage" in out and "hf:org/parent" in out and "apache-2.0" in out


def test_cli_in_a_subprocess_with_the_documented_variables(fake_hub, tmp_path):
    ref = fake_hub.add_corpus_release("pythia-6.9b")
    env = {**os.environ, **fake_hub.env()}
    cmd = [sys.executable, "-m", "opengauge", "release", ref, "--format", "json", "--no-lineage"]
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert first.returncode == 0, first.stderr
    n = fake_hub.requests.count
    assert n > 0 and json.loads(first.stdout)["release"]["id"] == "EleutherAI/pythia-6.9b"
    second = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert second.returncode == 0 and fake_hub.requests.count == n, "second run: zero requests"
