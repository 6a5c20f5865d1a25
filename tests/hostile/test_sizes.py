"""Sizes from the APIs are validated: `true`, `-1`, `1e30` or `"12"` are reported, never used."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from opengauge.model import FileEntry
from opengauge.sources import errors as E
from opengauge.sources import resolve, save_snapshot
from opengauge.sources.documents import plausible_size
from tests.servers.fakes import GitHubRepo, HubFile, fake_sha
from tests.sources.helpers import card, model, run_cli

BAD = [True, False, -1, 1e30, 1.5, "12", 2**60, [], {}]


@pytest.mark.parametrize("value", BAD)
def test_implausible_sizes(value):
    assert plausible_size(value) is None
    with pytest.raises(ValidationError):
        FileEntry(path="a", size=value)


def test_good_sizes():
    assert plausible_size(0) == 0 and plausible_size(10**12) == 10**12


def test_hub_listing_with_bad_sizes(fake_hub, capsys):
    repo = model("org/m", card("license: mit"), weights=0)
    for i, value in enumerate([True, -1, 1e30, "12"]):
        repo.files[f"w{i}.safetensors"] = HubFile(f"w{i}.safetensors", None, size=value, lfs=True)
    fake_hub.add_model(repo)
    release = resolve("hf:org/m")
    sizes = {f.path: f.size for f in release.files}
    assert all(sizes[f"w{i}.safetensors"] is None for i in range(4))
    assert any("4 file size(s) are not plausible" in p for p in release.problems)
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert code == 0 and "Traceback" not in err and "1e+30" not in out.split("Problems:")[0]


def test_github_tree_with_bad_sizes(fake_hub):
    tree = [
        {"path": "train.py", "type": "blob", "size": -5},
        {"path": "big.bin", "type": "blob", "size": 1e30},
        {"path": "ok.py", "type": "blob", "size": 3},
    ]
    fake_hub.add_github(GitHubRepo("own/repo", fake_sha("r"), tree=tree))
    release = resolve("gh:own/repo")
    assert {f.path: f.size for f in release.files} == {"train.py": None, "big.bin": None, "ok.py": 3}
    assert any("not plausible" in p for p in release.problems)


def test_snapshot_with_a_negative_size_is_refused(fake_hub, tmp_path):
    fake_hub.add_model(model("org/m", card("license: mit")))
    path = save_snapshot(resolve("hf:org/m"), tmp_path / "s.json")
    data = json.loads(path.read_text())
    data["release"]["files"][0]["size"] = -1
    path.write_text(json.dumps(data))
    with pytest.raises(E.SnapshotError, match="invalid snapshot"):
        resolve(str(path))
