"""Licences that apply together: the twin of a choice between licences (`options`).

A release is often put under several licences at once, each for its own part ("The release has three parts,
and each part is under its own licence. All three licences apply together, and you must comply with each of
them"; "SPDX-License-Identifier: MIT AND CC-BY-4.0"). The README's verdict rule for terms that bind together:
the most restrictive binding one decides. A text that says so, and names only licences the catalog knows,
is read as those licences: the sentence that binds them together, and a sentence whose terms are only those
of a licence it names ("(b) the tokenizer, without which the weights cannot be run: the BSD 3-Clause
License"), are explained by the licences they name, and the most restrictive of their catalog verdicts
joins the text's own.

A text that binds a licence the catalog does not know ("the Nightjar Guard Licence 1.0", an SPDX
`LicenseRef-`) is not read this way: what that licence asks is not read, so the sentences that bind it stay
unexplained and the verdict undecided, never the named licences' kinder one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from opengauge.enums import LicenseVerdict
from opengauge.licenses.catalog import LicenseEntry, load_catalog
from opengauge.licenses.identify import stated_license
from opengauge.licenses.names import entry_for_name, entry_linked_in, entry_named_in
from opengauge.licenses.options import NAMED, NOT_A_NAME, SPDX_LINE, TOGETHER

_AND = re.compile(r"\s+AND\s+")


#: Words that name the weights (or what they cannot run without) as the part a licence covers.
_WEIGHTS = re.compile(r"\b(weights?|checkpoints?|parameters|model files|safetensors|the model\b(?! card))")
#: Words that name another part of a release: a licence said to cover only these does not bind the weights.
_OTHER_PART = re.compile(
    r"\b(code|scripts?|software|source|documentation|docs|model card|card|readme|figures|images|media|"
    r"data|datasets?|corpus|corpora|evaluation|benchmarks?|examples?|demo)\b"
)
#: A licence said not to reach the weights: "CC BY 4.0 does not apply to the weights".
_NOT_WEIGHTS = re.compile(
    r"\b(does|do|shall|will) not (apply|extend|cover|reach)\b[^.;]{0,30}?\b(weights?|checkpoints?|model)\b"
    r"|\bnot (to )?the (model )?weights\b"
)


@dataclass(frozen=True)
class Together:
    """The catalog licences a text binds together, and those of them that bind the weights."""

    entries: tuple[LicenseEntry, ...]
    binding: tuple[LicenseEntry, ...]

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.binding]

    @property
    def verdict(self) -> LicenseVerdict:
        """The most restrictive of the binding licences' catalog verdicts."""
        return max((e.verdict or LicenseVerdict.UNKNOWN for e in self.binding), key=lambda v: v.rank)

    def explains(self, sentence: str) -> bool:
        """True when `sentence` is the one that binds the licences together, or names one of them (its
        terms are that licence's)."""
        if TOGETHER.search(sentence.lower()):
            return True
        named = [e or _short_for(w, self.entries) for w, e in _named(sentence)]
        return bool(named) and all(e is not None and e in self.entries for e in named)


def _license(entry: LicenseEntry | None) -> LicenseEntry | None:
    """The entry when it is a licence with a reviewed verdict (one without is read as not known)."""
    return entry if entry is not None and entry.kind == "license" and entry.verdict is not None else None


def _named(line: str) -> list[tuple[str, LicenseEntry | None]]:
    """The licences a line names: for each licence named in words (`options.NAMED`), the words and the
    catalog licence (None for one the catalog does not know); a line that names none that way, the catalog
    licence it names by title, official address, SPDX id or well-known name, if any."""
    catalog = load_catalog()
    out: list[tuple[str, LicenseEntry | None]] = []
    for m in NAMED.finditer(line):
        if m.group(1).lower() in NOT_A_NAME:
            continue
        words = m.group(0)
        found = _license(entry_for_name(words, catalog, stated=True))
        out.append((words, found or _license(entry_named_in(line[m.start() :], catalog))))
    if out:
        return out
    found = _license(entry_named_in(line, catalog) or entry_linked_in(line, catalog))
    if found is None:
        spdx = stated_license(line)
        found = _license(catalog.by_spdx(spdx) if spdx else None)
    return [(line, found)] if found is not None else []


def _short_for(words: str, entries: Iterable[LicenseEntry]) -> LicenseEntry | None:
    """The one licence among `entries` whose name `words` shortens ("the Apache License" for the Apache
    License 2.0 the text names in full elsewhere), or None."""
    key = " ".join(words.lower().removeprefix("the ").split())
    hits = [e for e in entries if e.name.lower().startswith(key)]
    return hits[0] if len(hits) == 1 else None


def _covers_weights(line: str) -> bool | None:
    """Whether the licence a line names covers the weights: True when the line names them, False when it
    names only other parts (code, documentation, data) or says the licence does not reach the weights,
    None when it names no part."""
    low = line.lower()
    if _NOT_WEIGHTS.search(low):
        return False
    if _WEIGHTS.search(low):
        return True
    return False if _OTHER_PART.search(low) else None


def _spdx_ids(text: str) -> list[str] | None:
    """The ids of an SPDX expression joined by AND (no OR), or None when the text has none."""
    for m in SPDX_LINE.finditer(text):
        expr = m.group(1).strip().strip("()")
        if re.search(r"\bOR\b", expr) or not re.search(r"\bAND\b", expr):
            continue  # a choice (`options`), or one licence
        return [p.strip("() \t") for p in _AND.split(expr) if p.strip("() \t")]
    return None


def together(text: str) -> Together | None:
    """The catalog licences `text` binds together, when it says they apply together (`options.TOGETHER`,
    or an SPDX `AND` expression) and every licence it names is one the catalog knows; None otherwise."""
    ids = _spdx_ids(text)
    if ids is None and not TOGETHER.search(text.lower()):
        return None
    catalog = load_catalog()
    found: dict[str, LicenseEntry] = {}
    parts: dict[str, set[bool | None]] = {}
    for spdx in ids or ():
        entry = _license(catalog.by_spdx(spdx))
        if entry is None:
            return None  # a LicenseRef, or a licence the catalog does not know: not read
        found[entry.id] = entry
        parts.setdefault(entry.id, set()).add(None)
    unnamed: list[str] = []
    for line in text.splitlines():
        for words, entry in _named(line):
            if entry is None:
                unnamed.append(words)
                continue
            found[entry.id] = entry
            parts.setdefault(entry.id, set()).add(_covers_weights(line))
    if len(found) < 2 or any(_short_for(w, found.values()) is None for w in unnamed):
        return None  # a licence the catalog does not know is named: what it asks is not read
    # a licence binds the weights unless every line that assigns it a part assigns it another one
    binding = tuple(e for e in found.values() if True in parts[e.id] or parts[e.id] == {None})
    return Together(tuple(found.values()), binding or tuple(found.values()))


__all__ = ["Together", "together"]
