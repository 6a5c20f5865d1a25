"""A license a model card names by its title or links at its official address, rather than by a Hub
id: "governed by the [META LLAMA 3 COMMUNITY LICENSE AGREEMENT](...)", "* **License**: StabilityAI
Community License", "adhere to the licensing terms described [here](https://huggingface.co/
black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md)". Cards of fine-tunes, adapters and quantizations
often say which license binds them only this way (`license: other` with no `license_name`, or a
placeholder such as `license_name: license`).

Both lookups use only what the catalog records: an entry's name, aliases, SPDX ids and title lines
(each a license's own title, as its text gives it) and its `url`. A name two entries share names neither,
unless exactly one of them is the entry a Hub id names (the current text of its family). A family entry
(the Hub's `openrail`) is named by its coined aliases ("OpenRAIL-M") as by its Hub id: the text says no
more than the family.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from opengauge.licenses.catalog import Catalog, LicenseEntry, load_catalog
from opengauge.licenses.normalize import words_of

# words that make a title line a license's title ("last updated july 5 2024" is a date line)
_TITLE_WORD = re.compile(r"\b(licen[cs]e|agreement|terms)\b")
# words that name no license on their own: a `license_name` made only of them ("license",
# "model-license", "custom") is a placeholder, and a title made only of them names nothing
_GENERIC = frozenset(
    "a an the this that my our model models weights custom other unknown see file license licence "
    "licenses licences licensing agreement terms of use and for community open source public".split()
)
# between a title's words any run of punctuation or space, but not "+": "RAIL++" names another text
# than "RAIL" ("CreativeML Open RAIL++-M" is not "CreativeML Open RAIL-M")
_SEP = r"[^\w+]*"
_MIN_TITLE_CHARS = 12
# "++" kept as a word of a title, so the two titles above stay two
_PLUSPLUS = "plusplus"


def names_no_license(value: str) -> bool:
    """True when a `license_name` (or a `license:` value) is only generic words ("license",
    "model-license", "custom", "other"): a placeholder that names no license."""
    words = words_of(value).split()
    return all(w in _GENERIC for w in words)


def _title_words(name: str) -> str:
    """A name in the token form of titles, "++" kept as a word."""
    return words_of(name.replace("++", f" {_PLUSPLUS} "))


def _titles(entry: LicenseEntry) -> list[str]:
    # its name and aliases, its SPDX ids as people write them ("CC BY-NC-SA 4.0"), and those of its
    # title lines that are a title (not a date or version line)
    if entry.hub_family:
        # a family's name describes it ("an Open RAIL license ..."); its aliases written as coined
        # words ("OpenRAIL-M") say no more than its Hub id does, however short; one holding an
        # everyday word ("Open RAIL") could be prose ("an open rail network")
        family = (_title_words(a) for a in entry.aliases)
        return [t for t in dict.fromkeys(family) if not any(w in _GENERIC for w in t.split())]
    out = [_title_words(entry.name), *(_title_words(a) for a in entry.aliases)]
    out += [words_of(i) for i in (entry.spdx, *entry.spdx_aliases) if i]
    out += [t for t in entry.title_patterns if re.fullmatch(r"[a-z0-9 ]+", t) and _TITLE_WORD.search(t)]
    return [t for t in dict.fromkeys(out) if _distinctive(t)]


def _distinctive(title: str) -> bool:
    """A title long enough to name one license: 12 characters, or three words with a version number
    ("cc by 4 0"), and not only generic words."""
    words = title.split()
    long_enough = len(title) >= _MIN_TITLE_CHARS or (len(words) >= 3 and any(w.isdigit() for w in words))
    return long_enough and not all(w in _GENERIC for w in words)


def _pattern(title: str) -> str:
    words = [r"\+\+" if w == _PLUSPLUS else w for w in title.split()]
    # "version" as people abbreviate it before a number: "Mozilla Public License, v. 2.0", "ver. 1.1"
    words = [
        "(?:version|ver|v)" if w == "version" and i + 1 < len(words) and words[i + 1].isdigit() else w
        for i, w in enumerate(words)
    ]
    if words[-1] == "agreement":  # "Stability AI Community License" names the agreement too
        return _SEP.join(words[:-1]) + f"(?:{_SEP}agreement)?"
    return _SEP.join(words)


def _one_of(entries: list[LicenseEntry]) -> LicenseEntry | None:
    """The entry a title or an address names when `entries` share it: the only one, or the only one
    a Hub id names (the current text of its family); else None."""
    if len(entries) == 1:
        return entries[0]
    hubbed = [e for e in entries if e.hf]
    return hubbed[0] if len(hubbed) == 1 else None


@lru_cache(maxsize=4)
def _name_index(catalog: Catalog) -> tuple[re.Pattern[str] | None, dict[str, LicenseEntry]]:
    owners: dict[str, list[LicenseEntry]] = {}
    for entry in catalog:
        if entry.kind != "license":
            continue
        for t in _titles(entry):
            owners.setdefault(t, []).append(entry)
    chosen = {t: e for t, entries in owners.items() if (e := _one_of(entries)) is not None}
    if not chosen:
        return None, {}
    # longest first, so "llama 3 1 community license" wins over a shorter title it contains
    titles = sorted(chosen, key=len, reverse=True)
    groups = "|".join(f"(?P<t{i}>{_pattern(t)})" for i, t in enumerate(titles))
    # a title followed by a suffix joined to it ("Fair AI Public License 1.0-SD", "... 3.1") names
    # another text
    pattern = re.compile(rf"(?<![^\W_])(?:{groups})(?![^\W_]|[-.+/][^\W_])", re.IGNORECASE)
    return pattern, {f"t{i}": chosen[t] for i, t in enumerate(titles)}


def entry_named_in(line: str, catalog: Catalog | None = None) -> LicenseEntry | None:
    """The catalog license a line names by its title ("the Meta Llama 3 Community License
    Agreement", "StabilityAI Community License"), or None."""
    pattern, by_group = _name_index(catalog or load_catalog())
    m = pattern.search(line) if pattern is not None else None
    return by_group[m.lastgroup] if m is not None and m.lastgroup else None


def entry_for_name(
    words: str, catalog: Catalog | None = None, *, stated: bool = False
) -> LicenseEntry | None:
    """The catalog entry a licence's name names ("the Apache License, Version 2.0", "MIT License"): by its
    title (`entry_named_in`), else as a well-known licence's name (`identify.named_license`), or with `stated`
    as a line stating one (`identify.stated_license`); None when the words name none."""
    from opengauge.licenses.identify import named_license, stated_license

    cat = catalog or load_catalog()
    found = entry_named_in(words, cat)
    if found is None:
        spdx = named_license(words.removeprefix("the ").strip()) or (
            stated_license(words) if stated else None
        )
        found = cat.by_spdx(spdx) if spdx else None
    return found


def _url_key(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host or parts.scheme.lower() not in ("http", "https"):
        return None
    path = parts.path.rstrip("/")
    if host in ("huggingface.co", "github.com"):  # the same file, shown, raw or downloaded
        path = re.sub(r"/(blob|resolve|raw)/", "/blob/", path)
    return f"{host}{path}".lower()


@lru_cache(maxsize=4)
def _url_index(catalog: Catalog) -> dict[str, LicenseEntry]:
    out: dict[str, list[LicenseEntry]] = {}
    for entry in catalog:
        key = _url_key(entry.url) if entry.url and not entry.hub_family else None
        if key is not None:
            out.setdefault(key, []).append(entry)
    # an address two entries share (two versions published at one URL) names neither, unless
    # exactly one is the entry a Hub id names
    return {k: e for k, entries in out.items() if (e := _one_of(entries)) is not None}


def entry_at_url(url: str, catalog: Catalog | None = None) -> LicenseEntry | None:
    """The catalog license whose official text is at `url` (http or https, with or without `www.`;
    on the Hub and GitHub the blob, raw and resolve addresses of one file are the same), or None."""
    key = _url_key(url)
    return _url_index(catalog or load_catalog()).get(key) if key else None


_LINK = re.compile(r"\]\(\s*<?(https?://[^\s)>]+)|(?<![(\w])(https?://[^\s)>\]]+)")


def entry_linked_in(line: str, catalog: Catalog | None = None) -> LicenseEntry | None:
    """The catalog license a line links to at its official address (a Markdown link or a bare
    URL), or None."""
    for m in _LINK.finditer(line):
        entry = entry_at_url((m.group(1) or m.group(2)).rstrip(".,;"), catalog)
        if entry is not None:
            return entry
    return None


#: The verb of a reference: "licensed under", "released under", "made available under".
_UNDER_WORDS = (
    r"\b(?:(?:licen[sc]ed|released|distributed|available|provided|published|shared|made available)\s+under"
    r"|(?:is|are)\s+subject\s+to\s+the\s+terms\s+(?:and\s+conditions\s+)?of)\b"
)
_UNDER = re.compile(_UNDER_WORDS, re.IGNORECASE)
#: A line that puts the work under a license by naming it ("Licensed under the Apache License,
#: Version 2.0 (the "License")", "This model is released under the OpenRAIL-M license"), or an SPDX tag.
_REFERENCE = re.compile(rf"[^\n]*{_UNDER_WORDS}[^\n]*|SPDX-License-Identifier:\s*[\w.+-]+", re.IGNORECASE)
#: Words before the verb that make the line a condition, not a statement ("If a device does not meet
#: these conditions, the software must be licensed under GPLv3").
_CONDITION_BEFORE = re.compile(
    r"\b(must|shall|should|may|might|if|unless|when|where|can|could|would|will)\b", re.I
)
#: Words that make a reference another work's: "Portions of this model were fine-tuned from Mistral-7B,
#: licensed under the Apache License 2.0" names the license of what it came from.
_ANOTHER_WORKS = re.compile(
    r"\b(portions?|parts? of|fine-?tuned from|based on|derived from|includes?|including|contains?"
    r"|third[- ]part(y|ies)|incorporat\w*|dependenc\w*|original model)\b",
    re.IGNORECASE,
)
#: Only a text this short is read as a reference to a license; a longer one states its own terms.
MAX_REFERENCE_TEXT = 3000


def referenced_license(text: str, catalog: Catalog | None = None) -> LicenseEntry | None:
    """The catalog license a short text puts its work under by naming it (a license header, a
    one-line statement, an SPDX tag), or None: the first line of the kind that names a catalog
    license, by its SPDX id, its title or its official address (read by lines: "v0.1" and "4.0" hold
    full stops)."""
    if len(text) > MAX_REFERENCE_TEXT:
        return None
    cat = catalog or load_catalog()
    found = _referenced_in(text, cat)
    if found is None and (joined := _paragraphs(text)) != text:
        found = _referenced_in(joined, cat)  # read again only when a line was joined
    return found


def _paragraphs(text: str) -> str:
    """The text with each paragraph's hard-wrapped lines joined (the Mozilla Public License's header
    breaks the licence's name over two lines: "... subject to the terms of the Mozilla Public\nLicense,
    v. 2.0"); a line that starts a list item or a heading stays a line."""
    return re.sub(r"(?<=\S)[^\S\n]*\n[^\S\n]*(?=[^\s#>|*+\-\d(])", " ", text)


def _referenced_in(text: str, cat: Catalog) -> LicenseEntry | None:
    from opengauge.licenses.identify import stated_license

    for m in _REFERENCE.finditer(text):
        sentence = m.group(0)
        verb = _UNDER.search(sentence)
        if _ANOTHER_WORKS.search(sentence) or (verb and _CONDITION_BEFORE.search(sentence, 0, verb.start())):
            continue
        tag = sentence.split(":", 1)[1].strip() if sentence.upper().startswith("SPDX") else None
        spdx = tag or stated_license(sentence)
        found = (cat.by_spdx(spdx) if spdx else None) or entry_named_in(sentence, cat)
        found = found or entry_linked_in(sentence, cat)
        if found is not None and found.kind == "license":
            return found
    return None
