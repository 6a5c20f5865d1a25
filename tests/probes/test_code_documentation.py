"""Code documentation of repositories whose README was not read: the size the listing gives
decides, else the code catalog's measurement of a catalogued repository (cited with its date and
commit), else it is not established (unknown). A README that was read decides on its own."""

from __future__ import annotations

from opengauge.knowledge.codebases import codebase_by_repo
from opengauge.model import CodeRepo, FileEntry, Level
from opengauge.probes import run_probes
from opengauge.probes.code import readme_documents
from opengauge.sources import resolve
from tests.probes.helpers import release, repo
from tests.servers.fakes import GitHubRepo, fake_sha
from tests.servers.fixtures import fake_hub  # noqa: F401
from tests.sources.helpers import card, model

TRAINING_FILES = ["scripts/train.py", "configs/7b.yaml"]


def one(findings, probe):
    return next(f for f in findings if f.probe == probe)


def doc_finding(r):
    return one(run_probes(r, only=["training-code", "code-documentation"]), "code-documentation")


def catalog_notes(finding) -> list[str]:
    return [e.note or "" for e in finding.evidence if "opengauge code catalog" in (e.note or "")]


def listed(name: str, paths: list[str], **sizes: int) -> CodeRepo:
    """A repository whose file list is known (sizes only where given) and whose README was not read."""
    return CodeRepo(
        ref=f"gh:{name}",
        url=f"https://github.com/{name}",
        revision="c" * 40,
        files=[FileEntry(path=p, size=sizes.get(p.replace(".", "_"))) for p in paths],
    )


def test_the_rule_has_one_threshold():
    assert readme_documents(3000, False) and not readme_documents(2999, False)
    assert readme_documents(10, True)  # a docs folder beside a README
    assert not readme_documents(0, True)  # an empty README and a docs folder: not established as docs
    assert readme_documents(None, True) and not readme_documents(None, False)  # no README at all


def test_unread_catalogued_training_repository_is_documented_per_the_catalog():
    # the built-in index keeps no file list: the publisher's own pre-training code (catalog), whose
    # documentation the catalog measured, is documented training code
    r = release(
        ref="hf:allenai/Demo-7B",
        id="allenai/Demo-7B",
        code_repos=[CodeRepo(ref="gh:allenai/OLMo-core", url="https://github.com/allenai/OLMo-core")],
    )
    f = doc_finding(r)
    assert f.level is Level.OPEN, f.reason
    cb = codebase_by_repo("allenai/OLMo-core")
    assert cb is not None and cb.documentation is not None
    notes = catalog_notes(f)
    assert notes and f"checked {cb.checked}" in notes[0] and cb.documentation.revision[:12] in notes[0]
    assert f"{cb.documentation.readme_chars} characters" in notes[0]
    assert any(cb.documentation.revision in e.source for e in f.evidence)


def test_listed_readme_without_size_of_a_catalogued_repository_is_decided_by_the_catalog():
    r = release(code_repos=[listed("allenai/OLMo", ["README.md", *TRAINING_FILES])])
    f = doc_finding(r)
    assert f.level is Level.OPEN, f.reason
    assert catalog_notes(f)


def test_uncatalogued_unread_repository_stays_unknown():
    for code in (
        listed("demo/trainer", ["README.md", *TRAINING_FILES]),  # README listed, not read, no size
        listed("demo/trainer", ["README.md", *TRAINING_FILES]).model_copy(update={"files_truncated": True}),
    ):
        f = doc_finding(release(code_repos=[code]))
        assert f.level is Level.UNKNOWN, f.reason
        assert "demo/trainer" in f.reason and "code catalog" in f.reason
        assert not catalog_notes(f)


def test_a_read_readme_or_a_listed_size_decides_whatever_the_catalog_says():
    # allenai/OLMo is documented per the catalog; the README read here is a line and there is no docs
    # folder: what was read decides (a README of a line documents nothing: closed, as the experts rate a
    # repository that "only consists of README")
    short = repo("allenai/OLMo", ["README.md", *TRAINING_FILES], readme="# OLMo\n\nSee the paper.\n")
    f = doc_finding(release(code_repos=[short]))
    assert f.level is Level.CLOSED and not catalog_notes(f)
    assert any("README, 23 characters" in (e.note or "") for e in f.evidence)
    sized = listed("allenai/OLMo", ["README.md", *TRAINING_FILES], README_md=400)
    f = doc_finding(release(code_repos=[sized]))
    assert f.level is Level.PARTIAL and not catalog_notes(f)
    # an uncatalogued repository with a long README read is documented as before
    long = repo(
        "demo/trainer", ["README.md", *TRAINING_FILES], readme="# Trainer\n" + "How to train.\n" * 300
    )
    f = doc_finding(release(code_repos=[long]))
    assert f.level is Level.OPEN and not catalog_notes(f)


def _linked(fake_hub, name: str) -> None:  # noqa: F811
    """A Hub model whose card links `name` on GitHub; the GitHub tree lists a README without its size,
    and the README itself answers 404."""
    org = name.split("/")[0]
    fake_hub.add_model(
        model(
            f"{org}/Demo-7B",
            card("license: apache-2.0", f"# Demo\n\nTrained with https://github.com/{name}\n"),
        )
    )
    tree = [{"path": "README.md", "type": "blob"}] + [{"path": p, "type": "blob"} for p in TRAINING_FILES]
    tree += [{"path": "scripts", "type": "tree"}, {"path": "configs", "type": "tree"}]
    fake_hub.add_github(
        GitHubRepo(name, fake_sha("gh", name), license_spdx="Apache-2.0", tree=tree, readme=None)
    )


def test_a_linked_repository_whose_readme_404s_is_decided_by_the_catalog(fake_hub):  # noqa: F811
    _linked(fake_hub, "allenai/OLMo-core")
    r = resolve("hf:allenai/Demo-7B")
    (code,) = r.code_repos
    assert code.files and not code.documents  # listed, not read
    f = doc_finding(r)
    assert f.level is Level.OPEN, f.reason
    assert catalog_notes(f)


def test_a_linked_uncatalogued_repository_whose_readme_404s_is_unknown(fake_hub):  # noqa: F811
    _linked(fake_hub, "demo-lab/trainer")
    f = doc_finding(resolve("hf:demo-lab/Demo-7B"))
    assert f.level is Level.UNKNOWN, f.reason
    assert "demo-lab/trainer" in f.reason


def test_a_thin_readme_measured_by_the_catalog_does_not_document():
    # xai-org/grok-1: a 2142-character README and no docs folder at the catalog's commit
    from opengauge.probes.code import _documented

    repo = CodeRepo(ref="gh:xai-org/grok-1", url="https://github.com/xai-org/grok-1")
    state, cite = _documented(repo, docs_dir=False)  # no file list: no docs folder seen
    assert state is False and cite is not None
    evidence = cite(None, None)  # type: ignore[arg-type]  # the catalog's evidence needs no context
    assert "2142 characters" in (evidence.note or "") and "opengauge code catalog" in (evidence.note or "")
