"""Sources for held-out release round 28: a linked GitHub repository that holds no code and whose README
says the code has moved (a stub left at the old address, archived) forwards to the repository it names, which
the Hub source reads too, one hop; a repository with code, or a README that only links elsewhere, forwards
nowhere. Every repository here is made up."""

from __future__ import annotations

import pytest

from opengauge.model import CodeRepo, Document, DocumentKind, FileEntry
from opengauge.sources import documents, resolve
from tests.servers.fakes import GitHubRepo, fake_sha
from tests.sources.helpers import card, model


def _stub(readme: str, paths: tuple[str, ...] = ("README.md", "LICENSE")) -> CodeRepo:
    return CodeRepo(
        ref="gh:demo/old",
        url="https://github.com/demo/old",
        revision="a" * 40,
        files=[FileEntry(path=p) for p in paths],
        documents=[Document(kind=DocumentKind.README, path="README.md", text=readme, repo="gh:demo/old")],
    )


@pytest.mark.parametrize(
    "readme",
    [
        "# old (moved)\n\n**This repository has moved.** The code now lives at [demo/new](https://github.com/demo/new).\n",
        "# old\n\nDevelopment continues at https://github.com/demo/new - please open issues there.\n",
        "# old\n\nThis project was migrated to https://github.com/demo/new/tree/main in March.\n",
        "# old\n\nArchived. See https://github.com/demo/new for the maintained training code.\n",
        "# old\n\n> [!WARNING]\n> Superseded by [demo/new](https://github.com/demo/new).\n",
        "# old\n\nOur code has a new home: github.com/demo/new\n",
    ],
)
def test_a_stub_that_says_its_code_moved_forwards_to_the_repository_it_names(readme: str) -> None:
    assert documents.forwarding_target(_stub(readme)) == "demo/new"


def test_a_stub_with_notes_and_images_still_forwards() -> None:
    paths = (
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "docs/",
        "docs/history.md",
        "assets/logo.png",
        ".github/FUNDING.yml",
    )
    readme = "# old\n\nThe code has been moved to https://github.com/demo/new.\n"
    assert documents.forwarding_target(_stub(readme, paths)) == "demo/new"


@pytest.mark.parametrize(
    ("readme", "paths"),
    [
        # a repository with code: its own code is what it holds, whatever its README says
        (
            "# old\n\nThe evaluation has moved to https://github.com/demo/evals.\n",
            ("README.md", "LICENSE", "train.py", "configs/run.yaml"),
        ),
        # a README that only links elsewhere, with no word that the code moved
        ("# old\n\nSee also https://github.com/demo/new for related work.\n", ("README.md", "LICENSE")),
        # the "moved" paragraph links no other repository
        ("# old\n\nThis repository has moved to our GitLab instance.\n", ("README.md", "LICENSE")),
        # it links only itself
        ("# old\n\nThe code now lives at https://github.com/demo/old/tree/v2.\n", ("README.md",)),
    ],
)
def test_nothing_else_forwards(readme: str, paths: tuple[str, ...]) -> None:
    assert documents.forwarding_target(_stub(readme, paths)) is None


_BODY = (
    "# Demo-1B\n\nA fully open model.\n\n## Training procedure\n\n"
    "The complete code is at [demo-lab/demo](https://github.com/demo-lab/demo).\n"
)


def _gh(full_name: str, paths: tuple[str, ...], readme: bytes) -> GitHubRepo:
    tree = [{"path": p, "type": "blob", "size": 400} for p in paths]
    return GitHubRepo(
        full_name, fake_sha("gh", full_name), license_spdx="Apache-2.0", tree=tree, readme=readme
    )


def test_the_hub_source_reads_the_repository_a_linked_stub_forwards_to(fake_hub) -> None:
    fake_hub.add_model(model("demo-lab/Demo-1B", card("license: apache-2.0", _BODY)))
    fake_hub.add_github(
        _gh(
            "demo-lab/demo",
            ("README.md", "LICENSE"),
            b"# demo (moved)\n\nThis repository has moved to [demo-lab/demo-train](https://github.com/demo-lab/demo-train).\n",
        )
    )
    fake_hub.add_github(
        _gh("demo-lab/demo-train", ("README.md", "LICENSE", "train.py", "data/filter.py"), b"# demo-train\n")
    )
    release = resolve("hf:demo-lab/Demo-1B", lineage_depth=0)
    assert [r.ref for r in release.code_repos] == ["gh:demo-lab/demo", "gh:demo-lab/demo-train"]
    assert [f.path for f in release.code_repos[1].files][-1] == "data/filter.py"


def test_the_hub_source_follows_one_hop_only_and_not_from_a_repository_with_code(fake_hub) -> None:
    fake_hub.add_model(model("demo-lab/Demo-1B", card("license: apache-2.0", _BODY)))
    fake_hub.add_github(
        _gh(
            "demo-lab/demo",
            ("README.md", "LICENSE", "serve.py"),
            b"# demo\n\nThe training code has moved to https://github.com/demo-lab/demo-train.\n",
        )
    )
    fake_hub.add_github(_gh("demo-lab/demo-train", ("README.md", "train.py"), b"# demo-train\n"))
    release = resolve("hf:demo-lab/Demo-1B", lineage_depth=0)
    assert [r.ref for r in release.code_repos] == ["gh:demo-lab/demo"]
    assert not fake_hub.requests.matching("demo-train")
