"""The GitHub source (gh: references, and repos linked from cards) and the local-folder source."""

from __future__ import annotations

import shutil

import pytest

from opengauge.model import DocumentKind, Level
from opengauge.sources import resolve
from opengauge.sources.errors import DocumentTooLargeError, NotTextError
from opengauge.textio import short_revision
from tests.servers.fakes import GITHUB_VALID_TOKEN, GitHubRepo, fake_sha


def test_github_repo_from_corpus(fake_hub, release_corpus):
    fake_hub.add_corpus_release("grok-1")
    release = resolve("gh:xai-org/grok-1")
    assert release.source == "github" and release.revision and len(release.revision) == 40
    kinds = {d.kind: d for d in release.documents}
    assert kinds[DocumentKind.README].text == (release_corpus / "grok-1" / "GITHUB_README.md").read_text(
        "utf-8"
    )
    assert kinds[DocumentKind.LICENSE].text == (release_corpus / "grok-1" / "GITHUB_LICENSE.txt").read_text(
        "utf-8"
    )
    assert release.code_repos[0].license_spdx == "Apache-2.0"
    assert {"run.py", "model.py"} <= {f.path for f in release.files}
    fake_hub.requests.clear()
    assert resolve("gh:xai-org/grok-1") == release
    assert fake_hub.requests.count == 0


def test_github_requests_are_economical(fake_hub):
    fake_hub.add_corpus_release("amber")
    resolve("gh:LLM360/amber-train")
    paths = [p for _, p in fake_hub.requests.entries]
    # repo, commit pin, tree, readme (tree has README.md), license (tree has LICENSE): no more
    assert len(paths) == 5, paths
    assert all(p.startswith("/github-api/repos/LLM360/amber-train") for p in paths)


def test_private_github_repo_needs_a_token(fake_hub):
    fake_hub.add_github(
        GitHubRepo(
            "own/private", fake_sha("p"), tree=[{"path": "x.py", "type": "blob", "size": 1}], private=True
        )
    )
    from opengauge.sources.errors import NotFoundError

    with pytest.raises(NotFoundError, match="GITHUB_TOKEN"):
        resolve("gh:own/private")
    fake_hub.set_env(GITHUB_TOKEN=GITHUB_VALID_TOKEN)
    assert resolve("gh:own/private", refresh=True).files[0].path == "x.py"


def test_github_tree_of_100000_files_truncated(fake_hub):
    tree = [
        {"path": f"data/f{i:06d}.txt", "type": "blob", "size": 1, "mode": "100644", "sha": "0" * 40}
        for i in range(100_000)
    ]
    fake_hub.add_github(GitHubRepo("own/big", fake_sha("big"), tree=tree, truncated=True))
    release = resolve("gh:own/big")
    assert len(release.files) == 100_000 and release.files_truncated


def _local_copy(release_corpus, tmp_path, name, *, weights=("model-00001-of-00002.safetensors",)):
    folder = tmp_path / name
    shutil.copytree(release_corpus / name, folder, ignore=shutil.ignore_patterns("SOURCE.md", "GITHUB_*"))
    for w in weights:
        (folder / w).write_bytes(b"\0" * 16)
    return folder


def test_local_folder(fake_hub, release_corpus, tmp_path):
    folder = _local_copy(release_corpus, tmp_path, "llama-3.1-8b-instruct")
    release = resolve(str(folder), lineage_depth=0)
    assert release.source == "local" and release.ref == f"local:{folder}"
    assert release.revision.startswith("folder:sha256:")
    # shown as the folder state's digest, not cut inside the word `sha256`
    digest = release.revision.rsplit(":", 1)[1]
    assert short_revision(release.revision) == f"folder:{digest[:12]}"
    assert short_revision("0123456789abcdef" * 2) == "0123456789ab"
    assert release.metadata["license"] == "llama3.1"
    kinds = {d.path: d.kind for d in release.documents}
    assert kinds["LICENSE.txt"] == DocumentKind.LICENSE and kinds["USE_POLICY.md"] == DocumentKind.USE_POLICY
    assert kinds["README.md#extra_gated_prompt"] == DocumentKind.GATED_PROMPT
    assert any(f.lfs for f in release.files)
    assert fake_hub.requests.count == 0, "a local folder is read without network"
    assert any("github.com/meta-llama/llama-models" in u for u in release.links)


def test_local_hub_cache_snapshot_layout(tmp_path):
    sha = "a" * 40
    snap = tmp_path / "models--org--m" / "snapshots" / sha
    snap.mkdir(parents=True)
    (snap / "README.md").write_text("---\nlicense: mit\nbase_model: org/parent\n---\n# M\n")
    (snap / "LICENSE").write_text("MIT License\n")
    release = resolve(str(snap), lineage_depth=0)
    assert release.revision == sha and release.base_models == ["hf:org/parent"]


def test_local_faults(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "README.md").write_bytes(b"\x00\x01binary")
    with pytest.raises(NotTextError):
        resolve(str(folder))
    (folder / "README.md").write_bytes(b"---\nlicense: mit\n---\n" + b"x" * (5 * 1024 * 1024 + 10))
    with pytest.raises(DocumentTooLargeError):
        resolve(str(folder))


def test_a_training_repo_read_through_the_github_api_with_its_readme_missing(fake_hub):
    # the GitHub tree lists README.md with its size; the README request fails (404): the size decides
    from opengauge.probes import run_probes
    from tests.probes.helpers import release

    tree = [
        {"path": p, "type": "blob", "size": 2_000, "mode": "100644", "sha": fake_sha(p)}
        for p in ["scripts/train.py", "configs/7b.yaml", "prepare_data.py"]
    ] + [{"path": "README.md", "type": "blob", "size": 12_345, "mode": "100644", "sha": fake_sha("r")}]
    fake_hub.add_github(GitHubRepo("own/trainer", fake_sha("t"), tree=tree, readme=None))
    r = resolve("gh:own/trainer")
    (code,) = r.code_repos
    assert not any(d.kind is DocumentKind.README for d in code.documents)
    doc = run_probes(release(code_repos=[code]), only=["code-documentation"])[0]
    assert doc.level is Level.OPEN and any("12345 bytes" in (e.note or "") for e in doc.evidence)


def test_code_repo_selection_own_dependency_and_recipe_first():
    from opengauge.sources.documents import select_code_repos

    urls = [
        "https://github.com/huggingface/lighteval",
        "https://github.com/huggingface/nanotron",
        "https://github.com/huggingface/nanotron/tree/main/examples",
        "https://github.com/huggingface/datatrove",
        "https://github.com/huggingface/datatrove/blob/main/README.md",
        "https://github.com/huggingface/smollm",
        "https://github.com/huggingface/transformers",
    ]
    # the repository named after the model (its own recipe) ranks first among the organisation's own
    picked, _ = select_code_repos(urls, owner="HuggingFaceTB", cap=3, model="SmolLM3-3B")
    assert picked[0] == "huggingface/smollm" and "huggingface/transformers" not in picked
    # a library to others is the publisher's own code: lmsys's FastChat is fetched for lmsys's Vicuna
    fastchat = ["https://github.com/lm-sys/FastChat", "https://github.com/lm-sys/FastChat#vicuna-weights"]
    assert select_code_repos(fastchat, owner="lmsys", cap=3, model="vicuna-13b-v1.5")[0] == [
        "lm-sys/FastChat"
    ]
    # ... and still not for anybody else's fine-tune that merely uses it
    assert select_code_repos(fastchat, owner="someone", cap=3, model="my-chat-7b")[0] == []


def test_a_folders_linked_code_repository_is_listed_unread_so_code_stays_unknown(tmp_path):
    """A folder is assessed without network requests: the code repository its card links is listed
    with why it was not read, so training code and its documentation are `unknown` (could not be read),
    never `closed` ("the release links no code repository"); a card that links none is `closed`."""
    from opengauge.assess import assess
    from opengauge.sources.local import LINKS_NOT_READ

    def folder(name: str, body: str):
        d = tmp_path / name
        d.mkdir()
        (d / "README.md").write_text(f"---\nlicense: apache-2.0\n---\n# {name}\n\n{body}\n")
        (d / "config.json").write_text('{"model_type": "llama"}')
        (d / "model.safetensors").write_bytes(b"\0" * 64)
        return resolve(str(d))

    linked = folder("quill", "Trained with our code at https://github.com/inkwell/quill-train.")
    assert [(r.ref, r.error) for r in linked.code_repos] == [("gh:inkwell/quill-train", LINKS_NOT_READ)]
    levels = {f.probe: f for f in assess(linked).findings}
    for probe in ("training-code", "code-documentation"):
        assert levels[probe].level is Level.UNKNOWN, (probe, levels[probe].reason)
        assert "gh:inkwell/quill-train" in levels[probe].reason
    bare = folder("plain", "A chat model.")
    assert bare.code_repos == []
    levels = {f.probe: f for f in assess(bare).findings}
    assert levels["training-code"].level is Level.CLOSED
    assert "links no code repository" in levels["training-code"].reason
