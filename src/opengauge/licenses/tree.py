"""Reading every license-like file of a tree: which files count, the model card's license section,
and what a NOTICE file says.

    for item in find_license_files(["."]):
        ...  # item.path, item.document (the name reported), item.text (line numbers preserved)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opengauge.enums import LicenseVerdict

#: File names read in a folder (case-insensitive): LICENSE*, COPYING*, NOTICE*, USE_POLICY* (not
#: source code or data such as license.py), and *LICENSE*.md/txt.
LICENSE_NAME = re.compile(
    r"^(licen[cs]e|copying|notice|use[_-]?policy)([^/]*?)$|^[^/]*licen[cs]e[^/]*\.(md|txt|markdown|rst)$",
    re.IGNORECASE,
)
_NOT_TEXT = frozenset(
    "py pyc pyi js mjs ts tsx jsx html htm css scss yaml yml json toml cfg ini sh bat ps1 go rs java kt c h "
    "cc cpp hpp rb php pl swift jinja j2 svg png jpg jpeg gif pdf zip gz whl lock".split()
)
#: Folders never entered (hidden folders are skipped too).
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages", "venv", "env", "build", "dist"})
_CARD_NAMES = ("README.md", "readme.md", "Readme.md", "README.markdown")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_LICENSE_HEADING = re.compile(r"\blicen[cs](e|es|ing)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """A text to read: a file, or the license section of a model card."""

    path: str
    """The file (as given or found)."""
    document: str
    """The name it is reported under (`README.md#license` for a card section)."""
    section: bool = False


def is_license_name(name: str) -> bool:
    if not LICENSE_NAME.match(name):
        return False
    ext = name.rsplit(".", 1)[1].lower() if "." in name else ""
    return ext not in _NOT_TEXT


#: A plain-text file that is not named like a license is read when its opening says it is one.
_LICENSE_WORDS = re.compile(
    r"\b(licen[cs]e (agreement|terms)|licensor|licensee|hereby grant|permission is hereby granted|"
    r"acceptable use policy|prohibited uses?|terms of use|without warranty|warranties of)\b",
    re.IGNORECASE,
)
_LICENSE_TITLE = re.compile(r"\blicen[cs](e|ed|es)\b", re.IGNORECASE)
_SNIFF_BYTES = 4096


def looks_like_license_text(path: Path) -> bool:
    """A `.txt` file whose first 4 KB use the words of a license or a use policy (or whose first
    1 KB names a license)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return False
    text = head.decode("utf-8", "replace")
    return bool(_LICENSE_WORDS.search(text) or _LICENSE_TITLE.search(text[:1024]))


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        for name in sorted(filenames):
            yield Path(dirpath) / name


def find_license_files(paths: Iterable[str]) -> list[Found]:
    """The license-like files under `paths`: a file is read as given; a folder is walked (hidden
    and environment folders skipped) for LICENSE*, COPYING*, NOTICE*, USE_POLICY*, *LICENSE*.md/txt,
    other .txt files whose opening reads like a license or use policy, and the license section of
    each model card (a README.md with YAML front matter)."""
    out: list[Found] = []
    seen: set[str] = set()
    for given in paths:
        p = Path(given)
        if given == "-" or not p.is_dir():
            if given not in seen:
                seen.add(given)
                out.append(Found(given, given))
            continue
        for f in _walk(p):
            key = str(f)
            if key in seen or f.is_symlink():
                continue
            if is_license_name(f.name):
                seen.add(key)
                out.append(Found(key, key))
            elif f.suffix.lower() == ".txt" and looks_like_license_text(f):
                seen.add(key)
                out.append(Found(key, key))
            elif f.name in _CARD_NAMES:
                seen.add(key)
                out.append(Found(key, key + "#license", section=True))
    return out


def card_license_section(text: str) -> str | None:
    """The license section of a model card (front matter required), with every line before it
    blanked so that line numbers still point into the card; None when the card has none."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    start = depth = None
    for i, line in enumerate(lines):
        m = _HEADING.match(line.rstrip("\r\n"))
        if m is None:
            continue
        if start is None:
            if _LICENSE_HEADING.search(m.group(2)):
                start, depth = i, len(m.group(1))
        elif depth is not None and len(m.group(1)) <= depth:
            return "\n" * start + "".join(lines[start:i])
    if start is None:
        return None
    return "\n" * start + "".join(lines[start:])


def notice_document(doc: dict[str, Any], text: str) -> dict[str, Any]:
    """A NOTICE file the catalog does not know: a notice (attributions to keep), governed by the
    license it names, when it names one the catalog has (`doc`: its `opengauge.license/1` document,
    as `document_json.license_json` builds it)."""
    from opengauge.licenses.catalog import load_catalog
    from opengauge.licenses.facts import entry_verdict
    from opengauge.licenses.identify import stated_license

    if doc["license"]["id"] is not None:
        return doc
    stated = stated_license(text)
    target = next((e for e in load_catalog() if stated and e.spdx == stated and e.kind == "license"), None)
    info = {**doc["license"], "kind": "notice"}
    if target is None:
        return {**doc, "license": info, "summary": "A notice (attributions to keep), not license terms"}
    verdict = entry_verdict(target)
    return {
        **doc,
        "license": info,
        "governed_by": target.id,
        "verdict": verdict.value if verdict is not LicenseVerdict.USE_POLICY else doc["verdict"],
        "summary": f"A notice (attributions to keep); it puts the files under the {target.name}: "
        + verdict.words,
    }


__all__ = ["Found", "card_license_section", "find_license_files", "is_license_name", "notice_document"]
