"""The code catalog's documentation facts: measured at a named commit, checked on load, and present
for the repositories the releases link (those that could be read)."""

from __future__ import annotations

import pytest

from opengauge.knowledge import KnowledgeError, load_codebases, read_codebases
from tests.knowledge.test_linked_repos import LINKED

#: linked repositories whose tree could not be brought here to measure (too large a snapshot)
NOT_MEASURED = {"phi-cookbook"}

ENTRY = """\
id: demo-code
name: Demo code
repos: [acme/demo]
url: https://github.com/acme/demo
license: MIT
pretrains: true
note: A made-up code base.
source: https://github.com/acme/demo
checked: 2026-12-03
documentation:
{doc}
"""
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
