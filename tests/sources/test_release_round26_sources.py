"""Sources for held-out release round 26: the Jupyter notebooks of a model repository read for their code
(at most `documents.MAX_NOTEBOOKS`, each under the document cap, parsed as untrusted JSON), and weights kept
as assets of a GitHub release the card links, read from GitHub's releases API with one request."""

from __future__ import annotations

import json

import pytest

from opengauge.model import DocumentKind, Level
from opengauge.probes import run_probes
from opengauge.sources import documents, resolve
from tests.servers.fakes import GitHubRepo, HubFile, fake_sha
from tests.sources.helpers import card, model


def _nb(*cells: tuple[str, str | list[str]], nbformat: int = 4) -> bytes:
    if nbformat == 3:
        return json.dumps(
            {
                "nbformat": 3,
                "worksheets": [{"cells": [{"cell_type": k, "input": s} for k, s in cells]}],
            }
        ).encode()
    return json.dumps(
        {"nbformat": 4, "cells": [{"cell_type": k, "source": s, "metadata": {}} for k, s in cells]}
    ).encode()


# --- reading a notebook -------------------------------------------------------------------------------------


def test_a_notebook_s_code_cells_are_kept_and_its_prose_and_outputs_dropped() -> None:
    data = _nb(
        ("markdown", "# Training\n\nThis notebook trains nothing, it says."),
        ("code", ["from trl import SFTTrainer\n", "trainer.train()"]),
        ("raw", "trainer.train()  # a raw cell is not run"),
        ("code", "print('done')"),
    )
    assert documents.notebook_code(data) == "from trl import SFTTrainer\ntrainer.train()\n\nprint('done')"
    assert documents.notebook_code(_nb(("code", "x = 1"), nbformat=3)) == "x = 1"


@pytest.mark.parametrize(
    "data",
    [
        b"not json at all",
        b"\xff\xfe\x00binary",
        b"[" * 200_000 + b"]" * 200_000,  # nested past the parser's depth
        json.dumps({"cells": "not a list"}).encode(),
        json.dumps([1, 2, 3]).encode(),
        b"{" * 50,
    ],
)
def test_what_is_not_a_notebook_is_none(data: bytes) -> None:
    assert documents.notebook_code(data) is None


def test_cells_of_the_wrong_shape_are_skipped() -> None:
    data = json.dumps(
        {
            "cells": [
                1,
                None,
                {"cell_type": "code", "source": 7},
                {"cell_type": "code", "source": ["a", 3, "b"]},
            ]
        }
    ).encode()
    assert documents.notebook_code(data) == "ab"


@pytest.mark.parametrize(
    ("path", "ok"),
    [
        ("notebooks/02_sft.ipynb", True),
        ("train.IPYNB", True),
        ("notebooks/.ipynb_checkpoints/02_sft-checkpoint.ipynb", False),
        ("notebooks/../../etc.ipynb", False),
        ("train.py", False),
    ],
)
def test_which_paths_are_notebooks(path: str, ok: bool) -> None:
    assert documents.is_notebook(path) is ok


_TRAIN = _nb(("code", "trainer = SFTTrainer(model='org/Base-1B', train_dataset=data)\ntrainer.train()"))


def test_the_hub_source_reads_the_model_repository_s_notebooks(fake_hub) -> None:
    extra = {
        "notebooks/02_sft.ipynb": _TRAIN,
        "notebooks/bad.ipynb": b"{ not json",
        "notebooks/.ipynb_checkpoints/02_sft-checkpoint.ipynb": _TRAIN,
    }
    fake_hub.add_model(model("org/Nb-1B", card("license: apache-2.0"), extra=extra))
    release = resolve("hf:org/Nb-1B", lineage_depth=0)
    books = {d.path: d for d in release.documents if d.kind is DocumentKind.NOTEBOOK}
    assert list(books) == ["notebooks/02_sft.ipynb"]
    assert books["notebooks/02_sft.ipynb"].text.endswith("trainer.train()")
    assert books["notebooks/02_sft.ipynb"].url and "/blob/" in books["notebooks/02_sft.ipynb"].url
    assert any("bad.ipynb is not a Jupyter notebook" in p for p in release.problems), release.problems
    assert not fake_hub.requests.matching("checkpoint"), "a Jupyter checkpoint copy is not read"
    # the notebook is code, never read as the card's prose
    assert all(d.kind is not DocumentKind.OTHER for d in release.documents)


def test_notebooks_are_capped_and_those_the_card_names_come_first(fake_hub) -> None:
    extra = {f"nb/{i:02d}.ipynb": _nb(("code", f"x = {i}")) for i in range(documents.MAX_NOTEBOOKS + 2)}
    extra["zz/recipe.ipynb"] = _TRAIN
    body = "# Nb\n\nThe recipe is `zz/recipe.ipynb`.\n"
    fake_hub.add_model(model("org/Many-1B", card("license: apache-2.0", body), extra=extra))
    release = resolve("hf:org/Many-1B", lineage_depth=0)
    read = [d.path for d in release.documents if d.kind is DocumentKind.NOTEBOOK]
    assert len(read) == documents.MAX_NOTEBOOKS and read[0] == "zz/recipe.ipynb"
    assert any("3 more notebooks not read" in p for p in release.problems), release.problems


def test_an_oversized_notebook_is_not_downloaded(fake_hub) -> None:
    files = {"big.ipynb": HubFile("big.ipynb", b"{}", size=documents.MAX_DOC_BYTES + 1)}
    repo = model("org/Big-1B", card("license: apache-2.0"))
    repo.files.update(files)
    fake_hub.add_model(repo)
    release = resolve("hf:org/Big-1B", lineage_depth=0)
    assert not [d for d in release.documents if d.kind is DocumentKind.NOTEBOOK]
    assert not fake_hub.requests.matching("big.ipynb")
    assert any("big.ipynb" in p and "limit" in p for p in release.problems), release.problems


def test_a_local_folder_s_notebooks_are_read(tmp_path) -> None:
    folder = tmp_path / "Demo-1B"
    (folder / "notebooks").mkdir(parents=True)
    (folder / "README.md").write_text("---\nlicense: apache-2.0\n---\n# Demo-1B\n", encoding="utf-8")
    (folder / "notebooks" / "train.ipynb").write_bytes(_TRAIN)
    (folder / "notebooks" / "broken.ipynb").write_bytes(b"\x00\x01")
    release = resolve(str(folder), lineage_depth=0)
    books = [d for d in release.documents if d.kind is DocumentKind.NOTEBOOK]
    assert [d.path for d in books] == ["notebooks/train.ipynb"] and "SFTTrainer" in books[0].text
    assert any("broken.ipynb" in p for p in release.problems), release.problems


def test_a_local_folder_reads_the_notebooks_its_card_names_first(tmp_path) -> None:
    # as from the Hub: past the cap, the notebook the card names is read, not the first ones by path
    folder = tmp_path / "Many-1B"
    (folder / "nb").mkdir(parents=True)
    (folder / "zz").mkdir()
    body = "# Many-1B\n\nThe recipe is `zz/recipe.ipynb`.\n"
    (folder / "README.md").write_text(f"---\nlicense: apache-2.0\n---\n{body}", encoding="utf-8")
    for i in range(documents.MAX_NOTEBOOKS + 2):
        (folder / "nb" / f"{i:02d}.ipynb").write_bytes(_nb(("code", f"x = {i}")))
    (folder / "zz" / "recipe.ipynb").write_bytes(_TRAIN)
    release = resolve(str(folder), lineage_depth=0)
    read = [d.path for d in release.documents if d.kind is DocumentKind.NOTEBOOK]
    assert len(read) == documents.MAX_NOTEBOOKS and read[0] == "zz/recipe.ipynb"
    assert any("3 more notebooks not read" in p for p in release.problems), release.problems


# --- weights kept as assets of a GitHub release -------------------------------------------------------------


def _asset(owner_repo: str, tag: str, name: str, size: int = 6_000_000_000, url: str | None = None) -> dict:
    return {
        "name": name,
        "size": size,
        "browser_download_url": url or f"https://github.com/{owner_repo}/releases/download/{tag}/{name}",
    }


def _release(owner_repo: str, tag: str, *assets: dict, draft: bool = False) -> dict:
    return {
        "tag_name": tag,
        "html_url": f"https://github.com/{owner_repo}/releases/tag/{tag}",
        "draft": draft,
        "assets": list(assets),
    }


def _serve(fake_hub, body: str, releases: list[dict], full: str = "wind-ai/wind") -> None:
    readme = card("license: apache-2.0", body)
    fake_hub.add_model(model("wind-ai/Wind-3B", readme, extra={"config.json": b"{}"}, weights=0))
    fake_hub.add_github(
        GitHubRepo(
            full, fake_sha("gh", full), license_spdx="Apache-2.0", readme=b"# wind\n", releases=releases
        )
    )


_LINKED = (
    "# Wind-3B\n\nThe weights are attached to our GitHub release: "
    "https://github.com/wind-ai/wind/releases/tag/v1.0 ([wind-3b.safetensors]"
    "(https://github.com/wind-ai/wind/releases/download/v1.0/wind-3b.safetensors)).\n"
)


def test_weights_kept_as_a_github_release_s_asset_are_published(fake_hub) -> None:
    wanted = _release("wind-ai/wind", "v1.0", _asset("wind-ai/wind", "v1.0", "wind-3b.safetensors"))
    newer = _release("wind-ai/wind", "v1.1", _asset("wind-ai/wind", "v1.1", "wind-3b-v1.1.safetensors"))
    _serve(fake_hub, _LINKED, [newer, wanted])
    release = resolve("hf:wind-ai/Wind-3B", lineage_depth=0)
    there = release.weights_repo
    assert there is not None and there.ref == "gh:wind-ai/wind" and there.release == "v1.0"
    assert [f.path for f in there.files] == ["wind-3b.safetensors"] and there.gated is False
    assert len(fake_hub.requests.matching("/releases")) == 1
    f = next(x for x in run_probes(release, only=["weights-published"]) if x.probe == "weights-published")
    assert f.level is Level.OPEN and "release v1.0" in f.reason, f.reason
    assert (
        f.evidence[0].source == "https://github.com/wind-ai/wind/releases/download/v1.0/wind-3b.safetensors"
    )


def test_a_link_to_the_releases_page_takes_the_newest_release_with_weights(fake_hub) -> None:
    body = "# Wind-3B\n\nDownload the weights from https://github.com/wind-ai/wind/releases.\n"
    code_only = _release("wind-ai/wind", "v2.0", _asset("wind-ai/wind", "v2.0", "wind-2.0.tar.gz", 10_000))
    gguf = _release("wind-ai/wind", "v1.0", _asset("wind-ai/wind", "v1.0", "wind-3b-q4.gguf", 2_000_000_000))
    _serve(fake_hub, body, [code_only, gguf])
    there = resolve("hf:wind-ai/Wind-3B", lineage_depth=0).weights_repo
    assert there is not None and there.release == "v1.0" and there.files[0].path == "wind-3b-q4.gguf"


@pytest.mark.parametrize(
    "releases",
    [
        [],  # no release at all
        [
            _release("wind-ai/wind", "v1.0", _asset("wind-ai/wind", "v1.0", "wind-src.zip", 10_000))
        ],  # no weights
        [_release("wind-ai/wind", "v0.9", _asset("wind-ai/wind", "v0.9", "wind-3b.safetensors"))],  # not v1.0
        [_release("wind-ai/wind", "v1.0", _asset("wind-ai/wind", "v1.0", "wind-3b.safetensors"), draft=True)],
    ],
)
def test_a_release_without_the_weights_leaves_them_unread(fake_hub, releases: list[dict]) -> None:
    _serve(fake_hub, _LINKED, releases)
    release = resolve("hf:wind-ai/Wind-3B", lineage_depth=0)
    assert release.weights_repo is None
    assert any(p.startswith("gh:wind-ai/wind releases: ") for p in release.problems), release.problems
    f = next(x for x in run_probes(release, only=["weights-published"]) if x.probe == "weights-published")
    assert f.level is Level.UNKNOWN, f.reason


def test_a_card_that_links_no_release_asks_for_none(fake_hub) -> None:
    body = "# Wind-3B\n\nCode: https://github.com/wind-ai/wind. The weights will be released later.\n"
    _serve(
        fake_hub, body, [_release("wind-ai/wind", "v1.0", _asset("wind-ai/wind", "v1.0", "w.safetensors"))]
    )
    release = resolve("hf:wind-ai/Wind-3B", lineage_depth=0)
    assert release.weights_repo is None and not fake_hub.requests.matching("/releases")


def test_a_repository_that_holds_its_weights_asks_for_no_release(fake_hub) -> None:
    fake_hub.add_model(model("wind-ai/Wind-3B", card("license: apache-2.0", _LINKED)))
    release = resolve("hf:wind-ai/Wind-3B", lineage_depth=0)
    assert release.weights_repo is None and not fake_hub.requests.matching("/releases")


def test_an_asset_address_outside_the_repository_is_not_cited(fake_hub) -> None:
    odd = _asset(
        "wind-ai/wind", "v1.0", "wind-3b.safetensors", url="https://evil.example/wind-3b.safetensors"
    )
    _serve(fake_hub, _LINKED, [_release("wind-ai/wind", "v1.0", odd)])
    there = resolve("hf:wind-ai/Wind-3B", lineage_depth=0).weights_repo
    assert there is not None and there.file_urls == {}
    assert there.url == "https://github.com/wind-ai/wind/releases/tag/v1.0"


def test_a_missing_repository_is_a_problem_not_a_fault(fake_hub) -> None:
    readme = card("license: apache-2.0", _LINKED.replace("wind-ai/wind", "wind-ai/gone"))
    fake_hub.add_model(model("wind-ai/Wind-3B", readme, weights=0))
    release = resolve("hf:wind-ai/Wind-3B", lineage_depth=0)
    assert release.weights_repo is None
    assert any("gh:wind-ai/gone" in p for p in release.problems), release.problems
