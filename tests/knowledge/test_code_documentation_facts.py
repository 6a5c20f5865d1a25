"""The code catalog's documentation facts: measured at a named commit, checked on load, and present
for the repositories the releases link (those that could be read)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from opengauge.knowledge import KnowledgeError, load_codebases, read_codebases
from tests.knowledge.demo_entries import demo_code_entry
from tests.knowledge.test_linked_repos import LINKED

#: linked repositories whose tree could not be brought here to measure (too large a snapshot)
NOT_MEASURED = {"phi-cookbook"}

ENTRY = demo_code_entry("pretrains: true", "documentation:\n{doc}")
REV = "0704ac0632607ce76b65ac8f261ae9b5cfe54580"


def test_linked_repositories_have_measured_documentation() -> None:
    catalog = load_codebases()
    for code_id in set(LINKED.values()) - NOT_MEASURED:
        entry = catalog.get(code_id)
        assert entry is not None and entry.documentation is not None, code_id
        doc = entry.documentation
        assert len(doc.revision) == 40, code_id
        assert doc.readme is None or doc.readme_chars is not None, code_id
    # a sample measured by hand (`git show <rev>:README.md | wc -m`)
    grok = catalog.get("grok-1-reference")
    assert grok is not None and grok.documentation is not None
    assert (grok.documentation.readme, grok.documentation.readme_chars, grok.documentation.docs_folder) == (
        "README.md",
        2142,
        None,
    )


def test_documentation_is_validated(tmp_path) -> None:
    good = f"  revision: {REV}\n  readme: README.md\n  readme_chars: 4000\n  docs_folder: docs/"
    (tmp_path / "demo-code.yaml").write_text(ENTRY.format(doc=good), encoding="utf-8")
    doc = read_codebases(tmp_path).get("demo-code").documentation  # type: ignore[union-attr]
    assert doc is not None and doc.readme_chars == 4000 and doc.docs_folder == "docs/"
    for bad, why in (
        (f"  revision: {REV[:12]}\n  readme: README.md\n  readme_chars: 10", "revision"),
        (f"  revision: {REV}\n  readme: README.md", "readme_chars"),  # a README without its length
        (f"  revision: {REV}\n  readme_chars: 10", "readme_chars"),  # a length without its README
        (f"  revision: {REV}\n  readme: docs/README.md\n  readme_chars: 10", "top-level README"),
        (f"  revision: {REV}\n  readme: README.md\n  readme_chars: -1", "readme_chars"),
        (f"  revision: {REV}\n  docs_folder: site/docs/", "top-level folder"),
        (f"  revision: {REV}\n  readme_words: 10", "readme_words"),
    ):
        (tmp_path / "demo-code.yaml").write_text(ENTRY.format(doc=bad), encoding="utf-8")
        with pytest.raises(KnowledgeError, match=why):
            read_codebases(tmp_path)


def _git(cwd, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t.invalid", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_measurement_reads_the_tree_as_the_github_source_would(tmp_path) -> None:
    from bench.code_docs import measure

    work = tmp_path / "work"
    (work / "docs").mkdir(parents=True)
    (work / "docs" / "index.md").write_text("# Docs\n")
    readme = "# Démo\n\n" + "Étape par étape.\n" * 200  # characters, not bytes
    (work / "README.md").write_text(readme, encoding="utf-8")
    (work / "README_zh.md").write_text("# 演示\n", encoding="utf-8")  # GitHub shows README.md first
    (work / "src").mkdir()
    (work / "src" / "README.md").write_text("not the top level\n")
    _git(work, "init", "-q")
    _git(work, "add", ".")
    _git(work, "commit", "-q", "-m", "first")
    _git(tmp_path, "clone", "-q", "--bare", str(work), str(tmp_path / "copy"))
    doc = measure(tmp_path / "copy")
    assert doc is not None
    assert (doc.readme, doc.readme_chars, doc.docs_folder) == ("README.md", len(readme), "docs/")
    assert len(readme.encode()) > len(readme)
    # the first commit again, once the README is gone and the docs folder renamed
    first = doc.revision
    (work / "README.md").unlink()
    (work / "README_zh.md").unlink()
    (work / "docs").rename(work / "guide")
    _git(work, "add", "-A")
    _git(work, "commit", "-q", "-m", "second")
    _git(work, "push", "-q", str(tmp_path / "copy"), "HEAD")
    later = measure(tmp_path / "copy")
    assert later is not None and later.revision != first
    assert (later.readme, later.readme_chars, later.docs_folder) == (None, None, None)
    assert measure(tmp_path / "copy", first) == doc
