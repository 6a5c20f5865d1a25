"""Measure how the code catalog's repositories are documented, from local git copies of them.

For every catalog entry whose first repository has a bare git copy under `--mirrors`
(`<owner>+<name>/repo`, as a `git clone --mirror` or similar leaves it), reads the tree at the
entry's `revision` (HEAD when it has none; `--rev owner/name=<commit>` to choose) and prints the
measurement: the top-level README the GitHub source would read (`README.md` first, then by name),
its length in characters decoded as the source decodes it, and a top-level documentation folder
(the code vocabulary's `docs-folder` pattern). With `--write` it records the measurement as the
entry's `documentation` (replacing an older one); entries without a copy are left as they are,
never guessed.

    python bench/code_docs.py --mirrors /work/.mirror            # print, compare with the catalog
    python bench/code_docs.py --mirrors /work/.mirror --write    # record the measurements

Prints one line per entry and the totals (measured, documented by the probe's rule, no copy).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from opengauge.knowledge.codebases import CodeBase, CodeDocumentation, load_codebases
from opengauge.probes.code import readme_documents
from opengauge.probes.vocabulary import vocabulary
from opengauge.sources.documents import decode

_DOCS_FOLDER = vocabulary("code").pattern("docs-folder")
_CATALOG = Path(__file__).resolve().parent.parent / "src/opengauge/knowledge/catalog/code"


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, timeout=120
    ).stdout


def measure(git_dir: Path, rev: str = "HEAD") -> CodeDocumentation | None:
    """The documentation of the tree at `rev`; None when its README cannot be decoded."""
    sha = _git(git_dir, "rev-parse", f"{rev}^{{commit}}").decode().strip()
    names: dict[str, str] = {}
    for line in _git(git_dir, "ls-tree", "-z", sha).split(b"\0"):
        if not line:
            continue
        meta, name = line.decode("utf-8", "replace").split("\t", 1)
        names[name] = meta.split()[1]  # blob / tree / commit (a submodule)
    readmes = sorted(
        (n for n, kind in names.items() if kind == "blob" and n.lower().startswith("readme")),
        key=lambda n: (n.lower() != "readme.md", n),
    )
    docs = next(
        (n + "/" for n, kind in names.items() if kind == "tree" and _DOCS_FOLDER.match(n + "/")), None
    )
    chars = None
    if readmes:
        mode = _git(git_dir, "ls-tree", sha, "--", readmes[0]).split()[0]
        if mode == b"120000":  # a symbolic link: GitHub serves the file it points at
            return None
        text, _ = decode(_git(git_dir, "show", f"{sha}:{readmes[0]}"), name=readmes[0], is_card=False)
        if text is None:
            return None
        chars = len(text)
    return CodeDocumentation(
        revision=sha, readme=readmes[0] if readmes else None, readme_chars=chars, docs_folder=docs
    )


def _block(doc: CodeDocumentation) -> str:
    lines = ["documentation:", f"  revision: {doc.revision}"]
    if doc.readme is not None:
        lines += [f"  readme: {doc.readme}", f"  readme_chars: {doc.readme_chars}"]
    if doc.docs_folder is not None:
        lines.append(f"  docs_folder: {doc.docs_folder}")
    return "\n".join(lines) + "\n"


def write(entry: CodeBase, doc: CodeDocumentation) -> None:
    path = _CATALOG / f"{entry.id}.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^documentation:\n(?:  .*\n)*", "", text)
    path.write_text(text.rstrip("\n") + "\n" + _block(doc), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", type=Path, required=True, help="folder of <owner>+<name>/repo git copies")
    ap.add_argument(
        "--rev", action="append", default=[], help="owner/name=<commit> to measure instead of HEAD"
    )
    ap.add_argument("--write", action="store_true", help="record the measurements in the catalog")
    args = ap.parse_args(argv)
    revs = dict(r.split("=", 1) for r in args.rev)
    measured = documented = missing = differ = 0
    for entry in load_codebases():
        git_dir = args.mirrors / entry.repo.replace("/", "+") / "repo"
        if not (git_dir / "HEAD").exists():
            missing += 1
            print(f"{entry.id:32} no copy of {entry.repo}")
            continue
        doc = measure(git_dir, revs.get(entry.repo, entry.revision or "HEAD"))
        if doc is None:
            missing += 1
            print(f"{entry.id:32} README of {entry.repo} not measurable (link or undecodable)")
            continue
        measured += 1
        ok = readme_documents(doc.readme_chars, doc.docs_folder is not None)
        documented += ok
        same = entry.documentation == doc
        differ += not same
        print(
            f"{entry.id:32} {doc.revision[:12]} {doc.readme or '-'}:{doc.readme_chars} "
            f"docs={doc.docs_folder or '-'} documented={ok} catalog={'same' if same else 'differs'}"
        )
        if args.write and not same:
            write(entry, doc)
    print(
        f"measured {measured}, documented {documented}, differing from the catalog {differ}, "
        f"no copy {missing}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
