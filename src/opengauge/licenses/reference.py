"""Words a document adds inside an open license's own text (text beats name).

`additions` reads what a document puts after a catalog license's end; a change can also sit inside
it: a sub-clause "4A. Remote deactivation ..." between Apache's sections 4 and 5, a sentence added to
MIT's grant. opengauge does not ship the licenses' texts; it ships, for each open license of the
catalog, the set of hashed five-word runs of its reference text (`reference_shingles.json`, built from
the ScanCode license DB with `python -m opengauge.licenses.reference build DIR`; the file records its
source and date). A document identified as one of those licenses is read run by run: a stretch of at
least `MIN_WORDS` words that no run of the reference covers is text the license does not have. When it
states terms (a condition, a prohibition, a requirement: `additions._TERMS`; or words to the licensee
or the licensor that are not only about what open licenses carry anyway, `additions._ALLOWED`), it is
an insertion. A shorter one (a word changed or added inside a sentence: "irrevocable" made
"revocable", "You may not reproduce") is one when its words narrow the grant (`_NARROWING`). The caller
treats an insertion like
an addition: one that a clause detector classifies is a change like any other, one no detector explains
leaves the verdict undecided, never the open license's.

Only a document that holds most of the reference (`MIN_COVERAGE` of its runs) is read this way: a card
that quotes the license's notice, or names it, is not a copy of the text.
"""

from __future__ import annotations

import base64
import json
import re
import sys
import zlib
from array import array
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from opengauge.licenses.additions import (
    _ALLOWED,
    _NO_TERMS_OF_ITS_OWN,
    _NOT_TERMS,
    _REFUSES,
    _TERMS,
    Addition,
)
from opengauge.licenses.catalog import LicenseEntry
from opengauge.licenses.normalize import words_of

RUN = 5
"""Words per run."""
MIN_WORDS = 8
"""The shortest stretch of words the reference does not cover that counts as an insertion."""
MAX_ALLOWED_WORDS = 90
"""A stretch about what open licenses carry anyway (`additions._ALLOWED`) is let pass up to this long."""
CONTEXT = 8
"""Words of its own sentence read on each side of a stretch to tell what it is about."""
READ_INSERTIONS = 0.5
"""The share of the reference's runs a document must hold for what it inserts into the license's text to
be read as insertions (`insertions`): at least half of the license is there, so the rest is edits."""
MIN_COVERAGE = 0.85
"""The share of the reference's runs a document must hold to be read as a copy of it (its name and
verdict kept, what it inserts read as changes): the whole license, give or take its optional parts (the
corpus' Apache 2.0 without its appendix holds 0.95) and a few words. A text holding less only resembles
the license and is read on its own, its grant too (`report.analyze`): an edited grant ("to install,
reproduce, copy and distribute copies, in binary form") or a condition rewritten ("The materials ... are
used unmodified") is then read, not hidden under the license's name. The runs are of the license's text
alone (the data file was first built with the ScanCode files' front matter in it, which deflated the
share a copy holds: a verbatim ISC text held 0.48 of its runs)."""
DATA = "reference_shingles.json"
SOURCE = "https://github.com/aboutcode-org/scancode-licensedb"


def _hash(words: Sequence[str]) -> int:
    return zlib.crc32(" ".join(words).encode("ascii"))


def shingles(text: str) -> set[int]:
    """The hashed runs of `RUN` words of a text's token form."""
    w = words_of(text).split()
    return {_hash(w[i : i + RUN]) for i in range(len(w) - RUN + 1)}


@lru_cache(maxsize=1)
def _reference() -> dict[str, frozenset[int]]:
    raw = json.loads(resources.files("opengauge.licenses").joinpath(DATA).read_text("utf-8"))
    out: dict[str, frozenset[int]] = {}
    for key, packed in raw["licenses"].items():
        arr = array("I")
        arr.frombytes(base64.b64decode(packed))
        if sys.byteorder != "little":
            arr.byteswap()
        out[key] = frozenset(arr)
    return out


def covers(entry: LicenseEntry) -> bool:
    """True for the catalog licenses the data file holds the runs of (an open license's text; the
    build picks them, `main`, and the caller asks before reading a text against them)."""
    return (
        entry.kind == "license" and bool(entry.spdx) and entry.verdict is not None and entry.verdict.is_open
    )


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_ENDS = re.compile(r"[.;!?]\s*$")
_ADDRESSES = re.compile(r"\b(you|your|licensee|licensor|shall|agree\w*|reserv\w*)\b")
"""Words that address the parties: inside a license's own text, words it does not have that speak to
the licensee or the licensor state terms."""


def _states_terms(span: str, around: str) -> bool:
    """True when a stretch of words (token form) the license does not have states terms: a condition,
    a prohibition or a requirement (`additions._TERMS`), or words to the parties; unless, read with
    the words `around` it, it is only about what open licenses carry anyway (`additions._ALLOWED`:
    disclaimers, the names not used to endorse, notices, credits) in the words of another copy of the
    license ("The name of the author may not" + "be used to endorse ..."). A stretch longer than
    `MAX_ALLOWED_WORDS` says more than that."""
    if not (_TERMS.search(span) or _ADDRESSES.search(span)):
        return False
    if _NO_TERMS_OF_ITS_OWN.search(around) and not _REFUSES.search(_NO_TERMS_OF_ITS_OWN.sub(" ", around)):
        return False  # it says it adds no term ("This is a request, not a condition of the licence above")
    return not _ALLOWED.search(around) or len(span.split()) > MAX_ALLOWED_WORDS


_NARROWING = re.compile(
    r"\b(not|no|never|non|nor|revocabl[ey]|only|solely|exclusively|except|unless|limited|prohibit\w*|"
    r"forbid\w*|internal\w*|personal\w*|private\w*|research|academic|evaluation|educational|"
    r"commercial\w*|terminat\w*|approv\w*|consent|"
    # who receives the grant, narrowed from "any person" to a class (held-out round 54: MIT's "to any person
    # obtaining a copy" made "to any resident of New Zealand obtaining a copy")
    r"residents?|resident in|citizens?|nationals?|domiciled|incorporated|located|established|students?|"
    r"employees?|members?|customers?|subscribers?|individuals?|universit\w*|charit\w*|non-?profit\w*)\b"
)
"""Words that narrow a grant when a few of them replace or join the license's own words ("You may
not reproduce", "a revocable copyright license", "for research purposes", "to any resident of ...")."""


_DISCLAIMER = re.compile(
    r"\b(warrant\w*|liab\w*|merchantab\w*|infring\w*|disclaim\w*|damages|endors\w*|promot\w*|advertis\w*)\b"
)
"""The words of a warranty or liability disclaimer and of the names-not-to-endorse clause, whose copies
vary in small words ("NON-INFRINGEMENT", "may not be used to endorse")."""


_GRANT_WORDS = frozenset({"permitted", "granted", "allowed", "licensed", "authorized", "authorised"})
"""The words a grant ends on ("... are permitted"): a purpose put right after one ("are permitted for
classroom projects") confines the grant to it, whatever the purpose, unless it is any purpose ("for any
legal purpose")."""


def _narrows(span: str, around: str, before: str = "") -> bool:
    """True when a few words the license does not have (fewer than `MIN_WORDS`: a word changed or
    added inside one of its sentences) narrow what it grants, or name a purpose right after the grant
    (`before` is the word before them); a disclaimer's or the endorsement clause's own variants
    ("NON-INFRINGEMENT") do not."""
    purpose = (
        before in _GRANT_WORDS and span.startswith("for ") and not span.startswith(("for any ", "for all "))
    )
    return bool(purpose or _NARROWING.search(span)) and not _DISCLAIMER.search(around)


@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The text's words (token form), each word's 1-based line and each word's sentence (kept for the
    last few texts: `analyze` asks for them twice, for the copy test and for the insertions)."""
    words: list[str] = []
    line_of: list[int] = []
    sentence: list[int] = []
    count = 0
    for n, raw in enumerate(text.split("\n"), start=1):
        if _NOT_TERMS.match(raw):
            continue  # copyright and contact lines, identifiers, bare links
        for piece in _SENTENCE_END.split(raw):
            found = words_of(piece).split()
            words.extend(found)
            line_of.extend([n] * len(found))
            sentence.extend([count] * len(found))
            if found and _ENDS.search(piece):
                count += 1
    return tuple(words), tuple(line_of), tuple(sentence)


def _runs(words: Sequence[str]) -> list[int]:
    """The hashed run of `RUN` words starting at each word."""
    return [_hash(words[i : i + RUN]) for i in range(len(words) - RUN + 1)]


def _share(runs: list[int], ref: frozenset[int]) -> float:
    """The share of the reference's runs among `runs`."""
    return len(set(runs) & ref) / len(ref)


def coverage(text: str, license_id: str) -> float | None:
    """The share of the license's reference runs that `text` holds (1.0: every run of the license's
    text is there); None when opengauge has no reference for the license."""
    ref = _reference().get(license_id)
    if not ref:
        return None
    return _share(_runs(_tokens(text)[0]), ref)


def is_copy(share: float | None) -> bool:
    """True when a text holding `share` of a license's reference runs (`coverage`) holds the whole license
    (`MIN_COVERAGE`), or when opengauge has no reference to tell (None); False for a text that only
    resembles the license."""
    return share is None or share >= MIN_COVERAGE


def in_reference(quote: str, license_id: str) -> bool:
    """True when most runs of `quote` are runs of the license's reference text: words the license
    itself has ("You are solely responsible for determining the appropriateness ..." in a text
    resembling Apache 2.0)."""
    ref = _reference().get(license_id)
    words = words_of(quote).split()
    if not ref or len(words) < RUN:
        return False
    hits = [run in ref for run in _runs(words)]
    return sum(hits) * 2 >= len(hits)


def insertions(text: str, license_id: str, *, before_line: int | None = None) -> list[Addition]:
    """The stretches of `text` (starting before `before_line`) that the license's reference text
    does not have and that state terms; empty when opengauge has no reference for the license or the
    text is not a copy of it (the whole text is measured: the license's end, its disclaimer, counts
    towards the copy too)."""
    ref = _reference().get(license_id)
    if not ref:
        return []
    lines = text.split("\n")
    words, line_of, sentence = _tokens(text)
    runs = _runs(words)
    hits = [run in ref for run in runs]
    if not hits or _share(runs, ref) < READ_INSERTIONS:
        return []
    covered = [False] * len(words)
    for i, hit in enumerate(hits):
        if hit:
            for j in range(i, i + RUN):
                covered[j] = True
    out: list[Addition] = []
    i = 0
    while i < len(words):
        if covered[i]:
            i += 1
            continue
        j = i
        while j < len(words) and not covered[j]:
            j += 1
        if before_line is not None and line_of[i] >= before_line:
            break
        span = " ".join(words[i:j])
        own = set(sentence[i:j])
        around = " ".join(
            words[k] for k in range(max(0, i - CONTEXT), min(len(words), j + CONTEXT)) if sentence[k] in own
        )
        if (
            _states_terms(span, around)
            if j - i >= MIN_WORDS
            else _narrows(span, around, words[i - 1] if i else "")
        ):
            first, last = line_of[i], line_of[j - 1]
            quote = " ".join(" ".join(lines[first - 1 : last]).split())
            out.append(Addition(line=first, end=last, quote=quote))
        i = j
    return out


_FRONT_MATTER = re.compile(r"---\n(.*?)\n---\n?", re.S)


def _license_file(path: Path) -> tuple[dict[str, object], str]:
    """A ScanCode `<key>.LICENSE` file: its metadata (the YAML front matter it starts with, else the
    `<key>.yml` beside it) and the license text alone. The text is what a document is measured against:
    the front matter's names, notes and URLs are no words of the license."""
    import yaml

    raw = path.read_text("utf-8", "replace")
    m = _FRONT_MATTER.match(raw)
    if m is not None:
        meta, text = yaml.safe_load(m.group(1)), raw[m.end() :]
    else:
        yml = path.with_suffix(".yml")
        meta, text = (yaml.safe_load(yml.read_text("utf-8")) if yml.is_file() else {}), raw
    return (meta if isinstance(meta, dict) else {}), text


def build(folder: Path, license_ids: dict[str, str]) -> dict[str, object]:
    """The data file's content: for each catalog id (-> SPDX id), the hashed runs of the ScanCode
    license DB's text of that SPDX license (`<key>.LICENSE`, the key found through its
    `spdx_license_key`, in the file's front matter or in `<key>.yml` beside it), without the front
    matter."""
    by_spdx: dict[str, str] = {}
    for path in sorted(folder.glob("*.LICENSE")):
        meta, text = _license_file(path)
        spdx = str(meta.get("spdx_license_key") or "")
        if spdx and text.strip() and not meta.get("is_deprecated"):
            by_spdx.setdefault(spdx.lower(), text)
    packed: dict[str, str] = {}
    for cid, spdx in sorted(license_ids.items()):
        found = by_spdx.get(spdx.lower())
        if found is None:
            continue
        arr = array("I", sorted(shingles(found)))
        if sys.byteorder != "little":
            arr.byteswap()
        packed[cid] = base64.b64encode(arr.tobytes()).decode("ascii")
    return {
        "what": f"hashed runs of {RUN} words (CRC-32 of the token form) of each open license text",
        "source": SOURCE,
        "built": date.today().isoformat(),
        "licenses": packed,
    }


def main(argv: list[str]) -> int:
    """`python -m opengauge.licenses.reference build DIR`: rebuild the data file from a ScanCode
    license DB (a scancode-licensedb checkout's `docs` folder, or the `licenses` folder of an installed
    scancode-toolkit), for every open license of the catalog with an SPDX id."""
    if len(argv) != 2 or argv[0] != "build":
        print(
            "usage: python -m opengauge.licenses.reference build SCANCODE_LICENSEDB_DOCS_DIR", file=sys.stderr
        )
        return 2
    from opengauge.licenses.catalog import load_catalog

    ids = {e.id: e.spdx for e in load_catalog().entries.values() if covers(e) and e.spdx}
    data = build(Path(argv[1]), ids)
    out = Path(__file__).with_name(DATA)
    out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"{out}: {len(data['licenses'])} licenses")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
