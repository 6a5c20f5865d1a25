"""`analyze()`: identify a license text, read its clauses (and those of the use policies it
brings in), and give the verdict; the result serialises to the `opengauge.license/1` schema."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from opengauge.clause import Clause
from opengauge.enums import Freedom, LicenseVerdict
from opengauge.licenses.additions import Addition, additions, end_line, term_sentences, unexplained
from opengauge.licenses.catalog import LicenseEntry
from opengauge.licenses.clauses import clauses as find_clauses
from opengauge.licenses.disowned import disowned_reports, is_disowned
from opengauge.licenses.document_json import SCHEMA, freedom_json, license_json, option_json, policy_json
from opengauge.licenses.errors import LicenseError
from opengauge.licenses.grants import MISSING_TYPE, Grants, read_grants
from opengauge.licenses.identify import identify
from opengauge.licenses.integrity import resolve as resolve_integrity
from opengauge.licenses.language import binding_language, unread_language, unread_passage
from opengauge.licenses.names import entry_for_name, referenced_license
from opengauge.licenses.normalize import disguises
from opengauge.licenses.options import Option, offered
from opengauge.licenses.reach import distilled_reach
from opengauge.licenses.reference import MIN_COVERAGE, coverage, covers, in_reference, insertions, is_copy
from opengauge.licenses.taxonomy import CLAUSE_TYPES, clause_of
from opengauge.licenses.together import Together, together
from opengauge.licenses.verdict import looks_like_policy, verdict


@dataclass(frozen=True, kw_only=True)
class OptionRead:
    """One option of a text that offers a choice between licences, as read (`options.offered`)."""

    label: str
    """The option's label line, or its column's header."""
    line: int
    end: int
    """Its first and last line (1-based)."""
    verdict: LicenseVerdict
    summary: str
    blocking: list[str]
    """The types of the clauses that block open source under this option."""
    decides: bool
    """The most open option: the text's verdict is this option's."""

    def to_json(self) -> dict[str, Any]:
        """The option as the document shows it (`document_json.option_json`)."""
        return option_json(
            label=self.label,
            line=self.line,
            end=self.end,
            verdict=self.verdict,
            summary=self.summary,
            blocking=self.blocking,
            decides=self.decides,
        )


@dataclass(frozen=True, kw_only=True)
class LicenseReport:
    """What opengauge reads in one license text (and the use policies read with it)."""

    identification: Any
    """`Identification(entry, confidence)` from `identify()`: the catalog entry (or None) and how sure."""
    verdict: LicenseVerdict
    clauses: list[Clause] = field(default_factory=list)
    """The license's clauses, then those of each policy (each with its `document`)."""
    document: str | None = None
    """Path or URL of the license text, when known."""
    is_policy: bool = False
    """True when the text itself is a use policy."""
    policies: list[dict[str, Any]] = field(default_factory=list)
    """The use policies read with the license (`document_json.policy_json`)."""
    governed_by: str | None = None
    """For a notice: catalog id of the license it points to, when known."""
    disguised: list[str] = field(default_factory=list)
    """How the text (or a policy read with it) hides words: invisible characters inside words,
    look-alike letters, styled letters (`normalize.disguises`). The clauses are read through the
    disguise; that a license hides its words is itself a red flag."""
    changes: list[Clause] = field(default_factory=list)
    """Clauses of the text that the identified catalog license does not have: the text is based on
    that license, with changes, and is judged on what it says (text beats name)."""
    grants: Grants | None = None
    """For a text the catalog does not know: the freedoms its grant gives (`grants.read_grants`)."""
    missing: list[Clause] = field(default_factory=list)
    """For such a text that grants something: one clause per freedom it does not grant, quoting the
    grant where it stops (also in `clauses`)."""
    resembles: bool = False
    """The text is identified as a catalog license but does not hold that license's whole text (less
    than `reference.MIN_COVERAGE` of its runs, `reference.is_copy`), or its grant no longer gives the four
    freedoms the license's own text gives: it only resembles it, so it is read like a text the catalog
    does not know (its grant too), and never takes the license's OSI approval from its name."""
    unclassified: list[Addition] = field(default_factory=list)
    """Paragraphs stating terms that the text puts after the end of the catalog license it is based
    on and that no clause detector explains (`additions.additions`): the text is that license with
    changes opengauge cannot classify, so its verdict is not decided (`unknown`)."""
    language: str | None = None
    """For an `unknown` text the catalog does not know: the language it is written in when opengauge
    does not read it (`language.unread_language`), which the summary names as the reason."""
    binding_language: str | None = None
    """The language of the version the text says binds ("Only the German version is binding"), when
    opengauge does not read it: an open reading of the other versions, translations, decides nothing."""
    unread_part: tuple[str, int, int] | None = None
    """A passage of a text read otherwise that is written in a language opengauge does not read (language,
    first line, last line; `language.unread_passage`): it may state terms, so an open reading decides
    nothing, and the summary names it."""
    together: list[str] = field(default_factory=list)
    """The catalog licences the text binds together (`together`), whose most restrictive verdict joins the
    text's own."""
    reaches_distilled: tuple[int | None, str] | None = None
    """The line and sentence by which the text counts models distilled from its model, or trained on its
    outputs, among its derivatives (`licenses.reach`), or None."""
    options: list[OptionRead] = field(default_factory=list)
    """For a text that offers a choice between licences: each option as read; the report is the reading
    of the most open one (`decides`), its clauses those that bind under it."""

    @property
    def missing_freedoms(self) -> list[Freedom]:
        return [c.freedom for c in self.missing]

    def freedoms(self) -> list[dict[str, Any]]:
        """The four freedoms as read from the grant (`document_json.freedom_json`; empty when no
        grant was read)."""
        g = self.grants
        if g is None or not g.any:
            return []
        out = []
        for f in Freedom:
            got = g.granted.get(f)
            if got is not None:
                out.append(freedom_json(f, "granted", (got.line, got.quote)))
            elif f in g.withheld and g.stop is not None:
                out.append(freedom_json(f, "not-granted", (g.stop.line, g.stop.quote)))
            else:
                out.append(freedom_json(f, "not-stated"))
        return out

    def freedom_lines(self) -> list[str]:
        """The four freedoms as read from the grant in plain words, one line per status and quote
        (freedoms granted by the same sentence share a line)."""
        words = {
            "granted": "granted",
            "not-granted": "NOT granted (the grant stops here)",
            "not-stated": "not stated",
        }
        groups: dict[tuple[str, int | None, str], list[str]] = {}
        for r in self.freedoms():
            groups.setdefault((r["status"], r.get("line"), r.get("quote", "")), []).append(r["freedom"])
        return [
            f"{', '.join(names)}: {words[status]}"
            + (f' (line {line}: "{_short(quote)}")' if line is not None else "")
            for (status, line, quote), names in groups.items()
        ]

    @property
    def modified(self) -> bool:
        """True when the text is a catalog license with clauses or other terms added, or only
        resembles one."""
        return bool(self.changes or self.unclassified or self.resembles)

    @property
    def display_name(self) -> str | None:
        """The license's name, or "based on <name>, with changes" for a modified text."""
        e = self.entry
        if e is None:
            return None
        return f"based on {e.name}, with changes" if self.modified else e.name

    @property
    def entry(self) -> LicenseEntry | None:
        return getattr(self.identification, "entry", None)

    @property
    def confidence(self) -> float:
        return float(getattr(self.identification, "confidence", 0.0) or 0.0)

    @property
    def blocking(self) -> list[Clause]:
        return [c for c in self.clauses if c.blocks_open_source]

    def summary(self) -> str:
        """The verdict in plain words, e.g. "Not open source: commercial use is allowed but
        3 clauses restrict it"."""
        if self.options:
            best = next(o for o in self.options if o.decides)
            n = len(self.options)
            if self.verdict is LicenseVerdict.UNKNOWN:
                return (
                    f"Unknown: the text offers a choice of {n} licences and not every option could be read; "
                    f'the most open one read, "{_short(best.label, 60)}" (lines {best.line}-{best.end}), is '
                    f"{best.verdict.value}, so whether it is open is not decided: read the options"
                )
            return (
                f'A choice of {n} licences; the most open one anyone may take, "{_short(best.label, 60)}" '
                f"(lines {best.line}-{best.end}), decides: {self._single()}"
            )
        if self.together:
            from opengauge.licenses.catalog import load_catalog

            names = [e.name if (e := load_catalog().get(i)) else i for i in self.together]
            return (
                f"{self._single()}; the text puts the weights under {' and '.join(names)}, with the "
                "release's other licences applying together, and the most restrictive that covers the "
                "weights decides"
            )
        return self._single()

    def _single(self) -> str:
        """`summary` for the text (or the option) read as one set of terms."""
        if self.modified and self.entry is not None:
            added = len(self.changes)
            said = []
            if added:
                plural = "s" if added != 1 else ""
                said.append(f"{added} clause{plural} that the {self.entry.name} does not have")
            if self.unclassified:
                a = self.unclassified[0]
                said.append(
                    f'terms opengauge cannot classify (line {a.line}: "{_short(a.quote, 120)}"'
                    + (f" and {len(self.unclassified) - 1} more" if len(self.unclassified) > 1 else "")
                    + ")"
                )
            if not said:
                own = self._own_words()
                return (
                    f"Based on {self.entry.name}, with changes: the text does not hold the license's whole "
                    f"text (less than {MIN_COVERAGE:.0%} of its words) or its grant was changed, and is "
                    f"judged on what it says; {own[0].lower()}{own[1:]}"
                )
            verdict = (
                "so whether it is open is not decided: read the added terms"
                if self.verdict is LicenseVerdict.UNKNOWN
                else f"{self.verdict.words[0].lower()}{self.verdict.words[1:]}"
            )
            return f"Based on {self.entry.name}, with changes: the text adds {' and '.join(said)}; {verdict}"
        return self._own_words()

    def _own_words(self) -> str:
        """The verdict in plain words, from the text's own clauses and grant."""
        n = len(self.blocking)
        if self.missing and self.verdict is LicenseVerdict.RESTRICTED:
            names = ", ".join(str(f) for f in self.missing_freedoms)
            line = self.missing[0].line
            return (
                f"Not open source: the text never grants the freedom to {names} "
                f"(its grant stops at line {line})"
                + (f"; {n - len(self.missing)} more clause(s) restrict it" if n > len(self.missing) else "")
            )
        if self.verdict is LicenseVerdict.OPEN_NON_OSI and self.grants is not None:
            if self.grants.public_domain:
                return f"{self.verdict.words}: the text puts the work in the public domain"
            return (
                f"{self.verdict.words}: the text grants all four freedoms (use, study, modify, share) "
                "and no clause blocks open source"
            )
        g = self.grants
        if self.verdict is LicenseVerdict.UNKNOWN and self.binding_language:
            lang = self.binding_language
            return (
                f"Unknown: the text says its {lang} version is the one that binds, and opengauge does not "
                f"read {lang} (it reads license texts in English and Chinese); the other versions are "
                f"translations that grant nothing, so whether it is open is not decided: read the {lang} text"
            )
        if self.verdict is LicenseVerdict.UNKNOWN and self.language:
            return (
                f"Unknown: the text is written in {self.language}, which opengauge does not read (it reads "
                "license texts in English and Chinese), so whether it is open is not decided: read it"
            )
        if self.verdict is LicenseVerdict.UNKNOWN and self.unread_part:
            lang, first, last = self.unread_part
            return (
                f"Unknown: lines {first} to {last} are written in {lang}, which opengauge does not read (it "
                "reads license texts in English and Chinese), and may state terms of their own, so whether "
                "it is open is not decided: read them"
            )
        if (
            self.verdict is LicenseVerdict.UNKNOWN
            and (self.entry is None or self.resembles)
            and self.unclassified
        ):
            a = self.unclassified[0]
            shown = _short(a.quote, 120)
            return (
                f'Unknown: the text states terms opengauge cannot classify (line {a.line}: "{shown}"'
                + (f" and {len(self.unclassified) - 1} more" if len(self.unclassified) > 1 else "")
                + "), so whether it is open is not decided: read them"
            )
        if self.verdict is LicenseVerdict.UNKNOWN and g is not None and g.missing:
            given = ", ".join(str(f) for f in Freedom if f in g.granted)
            return (
                f"Unknown: the text grants the freedom to {given} but says nothing of "
                f"{', '.join(str(f) for f in g.missing)}, and does not say the rest is reserved"
            )
        if self.verdict is LicenseVerdict.RESTRICTED and n:
            return (
                f"Not open source: commercial use is allowed but {n} clause{'s' if n != 1 else ''} "
                f"restrict{'s' if n == 1 else ''} it"
            )
        if self.governed_by:
            from opengauge.licenses.catalog import load_catalog

            target = load_catalog().get(self.governed_by)
            name = target.name if target else self.governed_by
            if self.verdict is LicenseVerdict.RESTRICTED:
                return f"Not open source: this notice puts the files under the {name}, which restricts use"
            return f"{self.verdict.words} (this notice puts the files under the {name})"
        if self.verdict in (LicenseVerdict.NON_COMMERCIAL, LicenseVerdict.RESEARCH_ONLY) and n:
            return f"{self.verdict.words} ({n} restrictive clause{'s' if n != 1 else ''} found)"
        if self.verdict is LicenseVerdict.USE_POLICY and n:
            return (
                f"{self.verdict.words}; it adds {n} restriction{'s' if n != 1 else ''} "
                "to the license it belongs to"
            )
        return self.verdict.words

    def to_json(self) -> dict[str, Any]:
        """The `opengauge.license/1` document as a JSON-ready dict (`document_json.license_json`)."""
        e = self.entry
        named = e if e is not None and not self.modified else None  # a modified text is not the license
        return license_json(
            verdict=self.verdict,
            document=self.document,
            license_id=named.id if named else None,
            name=self.display_name,
            family=e.family if e else None,
            spdx=named.spdx if named else None,
            based_on=e.id if e is not None and self.modified else None,
            changes=self.changes,
            unclassified=[{"line": a.line, "end": a.end, "quote": a.quote} for a in self.unclassified],
            kind=e.kind if e else ("use-policy" if self.is_policy else None),
            confidence=self.confidence,
            clauses=self.clauses,
            summary=self.summary(),
            governed_by=self.governed_by,
            policies=self.policies,
            disguised=self.disguised,
            freedoms=self.freedoms(),
            options=[o.to_json() for o in self.options],
            together=self.together,
            reaches_distilled=self.reaches_distilled,
        )


def _short(quote: str, limit: int = 160) -> str:
    return quote if len(quote) <= limit else quote[: limit - 3].rsplit(" ", 1)[0] + "..."


def missing_clauses(grants: Grants, found: Sequence[Clause], document: str | None) -> list[Clause]:
    """One clause per freedom a text that grants something does not grant (unless a clause of that
    type was already read), quoting the grant where it stops."""
    stop = grants.stop
    if stop is None:
        return []
    have = {c.type for c in found}
    return [
        clause_of(MISSING_TYPE[f], line=stop.line, quote=stop.quote, span=stop.span, document=document)
        for f in grants.withheld
        if f in MISSING_TYPE and MISSING_TYPE[f] not in have
    ]


def _policy_text_and_name(item: Any, index: int) -> tuple[str, str]:
    if isinstance(item, str):
        return item, f"policy-{index}"
    if isinstance(item, tuple) and len(item) == 2:
        return str(item[1]), str(item[0])
    text = getattr(item, "text", None)
    if isinstance(text, str):
        return text, str(getattr(item, "path", None) or f"policy-{index}")
    raise LicenseError(f"policy {index}: expected a text, a (document, text) pair or a Document")


def _notice_target(entry: LicenseEntry, text: str) -> LicenseEntry | None:
    """The license a notice points to: a licence entry of the same family named in the text,
    or the only licence of that family."""
    from opengauge.licenses.catalog import load_catalog
    from opengauge.licenses.normalize import words_of

    catalog = load_catalog()
    family = [e for e in catalog if e.family == entry.family and e.kind == "license"]
    words = words_of(text)
    named = [e for e in family if words_of(e.name) and words_of(e.name) in words]
    if len(named) == 1:
        return named[0]
    if len(family) == 1:
        return family[0]
    return None


def _catalog_clause_types(entry: LicenseEntry) -> list[str]:
    """Clause types the catalog knows a license has without its text: the use policy it
    incorporates, and any clause types the entry records."""
    out = ["use-policy-by-reference"] if entry.use_policy else []
    return out + [t for t in entry.clauses if t in CLAUSE_TYPES]


def _governed_verdict(target: LicenseEntry, found: list[Clause]) -> str:
    """The verdict of a text that puts its work under the catalog license `target` (a notice, a
    license header): the clauses it states, with those the catalog knows `target` has."""
    pseudo = [clause_of(t) for t in _catalog_clause_types(target)]
    return verdict(found + pseudo, target, is_policy=False)


def _scopes_matter(entry: LicenseEntry | None) -> bool:
    """Whether list items are worth reading through their headings and lead-ins (`scopes`): not in a
    text the catalog names as a license or use policy it reviewed as not open, whose verdict that
    review already floors (the Llama and Gemma policies' long lists cost a second reading and could
    only add detail)."""
    return entry is None or entry.kind == "notice" or entry.verdict is None or entry.verdict.is_open


SHORT_LICENSE_WORDS = 600
"""A license this short is a grant sentence and its conditions (MIT, BSD, ISC, zlib): what is taken out of
its grant is a freedom taken away."""


def _grant_cut(text: str, entry: LicenseEntry, share: float | None) -> bool:
    """True when a copy of a short open license (`SHORT_LICENSE_WORDS`) lacks some of its words and its own
    grant no longer gives the four freedoms the license gives (BSD without "with or without modification";
    held-out round 33; `share`: the runs of the license it holds, `reference.coverage`). A copy holding every
    run of the license is whole (what was put in is read by
    `insertions`); a long license grants in many places (LGPL through the GPL), so only its clauses are
    read."""
    if not entry.length_words or entry.length_words > SHORT_LICENSE_WORDS or share == 1.0:
        return False
    return not read_grants(text).all_four


def _left(adds: list[Addition], joint: Together | None, reports: list[str]) -> list[Addition]:
    """The passages of `adds` that neither licences bound together (`together`) nor another thing's disowned
    terms (`disowned`) explain: a passage whose every sentence stating terms (`additions.term_sentences`; the
    whole passage when none does) is explained by them is not left."""
    if joint is None and not reports:
        return adds

    def explained(sentence: str) -> bool:
        return (joint is not None and joint.explains(sentence)) or is_disowned(sentence, reports)

    return [a for a in adds if not all(explained(s) for s in term_sentences(a.quote) or [a.quote])]


def _unexplained_in(text: str, found: Sequence[Clause], grants: Grants) -> list[Addition]:
    """The sentences of a text that refuse, confine or oblige and that neither a clause read in it nor its
    grant explains (`additions.unexplained`)."""
    explained = [(c.line, c.quote) for c in found if c.line is not None]
    granted = [(g.line, g.quote) for g in [*grants.granted.values(), *([grants.stop] if grants.stop else [])]]
    return unexplained(text, explained, granted)


def analyze(text: str, *, document: str | None = None, policies: Sequence[Any] = ()) -> LicenseReport:
    """Identify `text`, read its clauses and those of each use policy in `policies` (texts, or
    `(document, text)` pairs, or `Document`s), and give the verdict over all of them. A text that offers a
    choice between licences (`options.offered`) is read once per option, and the most open option decides
    (`_most_open`)."""
    choice = offered(text)
    if choice:
        return _most_open(
            [(o, _read_option(o, document, policies)) for o in choice], text, document, policies
        )
    return _read(text, document, policies)


def _read_option(option: Option, document: str | None, policies: Sequence[Any]) -> LicenseReport:
    """One option of a choice, read as the text under it; an option that names a catalog licence
    ("Option A - the Apache License, Version 2.0", a column headed by it) and whose own text states no
    term opengauge cannot read is that licence, as a notice naming it is (`_governed_verdict`)."""
    report = _read(option.text, document, policies)
    if report.verdict is not LicenseVerdict.UNKNOWN or report.unclassified or report.blocking:
        return report
    # by the names read in it, else by its label's own words ("the GNU Affero General Public License,
    # version 3 (AGPL-3.0-only)": the name alone gives no version, the label does; held-out round 46)
    named = _named_entry(option.names) or _named_entry((option.label,))
    if named is None:
        return report
    return replace(
        report, verdict=LicenseVerdict(_governed_verdict(named, report.clauses)), governed_by=named.id
    )


def _named_entry(names: Sequence[str]) -> LicenseEntry | None:
    """The one catalog licence these words name, by title ("the Apache License, Version 2.0") or as a
    well-known licence's name ("MIT License"); None when they name none or several."""
    found = {}
    for words in names:
        entry = entry_for_name(words)
        if entry is not None and entry.kind == "license":
            found[entry.id] = entry
    return next(iter(found.values())) if len(found) == 1 else None


def _most_open(
    readings: list[tuple[Option, LicenseReport]], text: str, document: str | None, policies: Sequence[Any]
) -> LicenseReport:
    """The reading of a text that offers a choice: the reading of its most open option (by
    `LicenseVerdict.rank`), with every option's reading listed. An option whose reading is `unknown`
    leaves the verdict undecided unless another option is open (it might be more open than the best
    decided one); when no option is decided the text is read whole."""
    decided = [
        (o, r) for o, r in readings if r.verdict not in (LicenseVerdict.UNKNOWN, LicenseVerdict.USE_POLICY)
    ]
    if not decided:
        return _read(text, document, policies)
    option, best = min(decided, key=lambda pair: pair[1].verdict.rank)
    undecided = any(r.verdict is LicenseVerdict.UNKNOWN for _, r in readings)
    v = best.verdict if best.verdict.is_open or not undecided else LicenseVerdict.UNKNOWN
    read = [
        OptionRead(
            label=o.label,
            line=o.line,
            end=o.end,
            verdict=r.verdict,
            summary=r.summary(),
            blocking=sorted({c.type for c in r.blocking}),
            decides=o is option,
        )
        for o, r in readings
    ]
    return replace(best, verdict=v, options=read)


def _read(text: str, document: str | None, policies: Sequence[Any]) -> LicenseReport:
    """`analyze` for a text read whole."""
    ident = identify(text)
    entry = ident.entry
    disguised = list(disguises(text))
    found = resolve_integrity(find_clauses(text, document=document, scopes=_scopes_matter(entry)))
    is_policy = (entry.kind == "use-policy") if entry is not None else looks_like_policy(text)
    # licences the text binds together (`together`): what only binds or names them is read as them; and
    # the terms of another thing that the text says do not reach the weights (`disowned`)
    joint = None if is_policy else together(text)
    reports = disowned_reports(text)

    read: list[dict[str, Any]] = []
    policy_clauses: list[Clause] = []
    for i, item in enumerate(policies, start=1):
        p_text, p_doc = _policy_text_and_name(item, i)
        p_ident = identify(p_text)
        p_entry = getattr(p_ident, "entry", None)
        read.append(policy_json(p_doc, p_entry.id if p_entry else None, p_entry.name if p_entry else None))
        policy_clauses.extend(find_clauses(p_text, document=p_doc, scopes=_scopes_matter(p_entry)))
        disguised.extend(f"{p_doc}: {d}" for d in disguises(p_text))

    governed_by: str | None = None
    grants: Grants | None = None
    missing: list[Clause] = []
    unread: list[Addition] = []
    resembles = False
    if entry is not None and entry.kind == "notice":
        target = _notice_target(entry, text)
        if target is not None:
            governed_by = target.id
            v = _governed_verdict(target, found + policy_clauses)
        else:
            v = verdict(found + policy_clauses, None, is_policy=False)
    else:
        # text beats name: a text that only resembles an open catalog license (it does not hold the
        # license's whole text, `reference.MIN_COVERAGE`) is not that license; it is read like a text
        # the catalog does not know, and the license's own sentences in it are not news
        as_license = entry if entry is not None and entry.kind == "license" else None
        if as_license is not None and covers(as_license):
            # not the license's whole text, or a short license's grant cut so that a freedom is no longer
            # given (BSD without "with or without modification"); its share of the license measured once
            share = coverage(text, as_license.id)
            resembles = not is_copy(share) or _grant_cut(text, as_license, share)
        if (entry is None or resembles) and not is_policy:
            # a text the catalog does not know is read for what it grants, not only what it forbids
            grants = read_grants(text)
            missing = missing_clauses(grants, found, document)
            found = found + missing
        v = verdict(
            found + policy_clauses,
            entry,
            is_policy=is_policy,
            open_grant=grants is not None and grants.all_four,
        )
        floor = as_license.verdict if as_license is not None and not resembles else None
        if floor is not None and not floor.is_open and LicenseVerdict(v).is_open:
            # the catalog's reviewed verdict on this license is a floor: clauses its text hides from
            # the detectors do not make it open
            v = floor
        copyleft = any(c.type == "share-alike" for c in found)
        if grants is not None and LicenseVerdict(v).is_open and not copyleft:
            # an open reading of an unknown text stands only when every sentence that refuses,
            # confines or reserves something was read: one no detector explains leaves the verdict
            # undecided, never open (a copyleft text's many conditions keep the freedoms: not read so)
            unread = _unexplained_in(text, found, grants)
            unread = _left(unread, joint, reports)
            if resembles and as_license is not None:
                unread = [a for a in unread if not in_reference(a.quote, as_license.id)]
            if unread or (resembles and not grants.all_four):
                # a resembling text that does not itself grant the four freedoms is not known to be open
                v = LicenseVerdict.UNKNOWN
        if resembles and v == LicenseVerdict.OSI_OPEN:
            # open terms, but not the OSI-approved text whose name it borrows (a copyleft one too)
            v = LicenseVerdict.OPEN_NON_OSI
        if entry is None and not is_policy and v == LicenseVerdict.UNKNOWN and not unread:
            # a short text the catalog does not know, that states no terms of its own but names the
            # license it puts the work under (a license header, "This model is released under the GNU
            # GPL v3 or later"), is read like a notice pointing at that license; a text with terms of
            # its own ("licensed under Apache 2.0, with the following additional conditions: ...") is
            # read for them, above, and one with a duty no clause explains ("You must follow those
            # guidelines when you deploy it") is not that license: what it adds is not read
            reference = referenced_license(text)
            if reference is not None and grants is not None:
                unread = _unexplained_in(text, found, grants)
                unread = _left(unread, joint, reports)
            if reference is not None and not unread:
                governed_by = reference.id
                v = _governed_verdict(reference, found + policy_clauses)
    changes: list[Clause] = []
    unclassified: list[Addition] = unread
    if entry is not None and entry.kind == "license":
        # text beats name: what the text says that the catalog license does not is a change
        listed = set(_catalog_clause_types(entry))
        changes = [c for c in found if c.type not in listed]
        # terms written after the license's own end that no detector explains: the text is not the
        # catalog license, and what it adds cannot be read, so the verdict is not decided
        # and terms inserted inside an open license's own text (its reference runs do not cover them)
        inserted = insertions(text, entry.id, before_line=end_line(text, entry)) if covers(entry) else []
        added = [*inserted, *additions(text, entry)]
        unclassified = unread + [
            a
            for a in _left(added, joint, reports)
            if not any(c.line is not None and a.line <= c.line <= a.end for c in found)
            and not any(u.line <= a.line <= u.end for u in unread)
        ]
        if unclassified and LicenseVerdict(v).is_open:
            v = LicenseVerdict.UNKNOWN
    if joint is not None and v != LicenseVerdict.UNKNOWN:
        # licences that apply together: the most restrictive binding one decides
        v = max(LicenseVerdict(v), joint.verdict, key=lambda x: x.rank)
    # a version in a language opengauge does not read is the one that binds: the open terms read in the
    # others are a translation's, which decides nothing (restrictive terms found stand: they bind anyway)
    undecided = LicenseVerdict(v).is_open or v == LicenseVerdict.UNKNOWN
    binding = binding_language(text) if undecided else None
    if binding is not None:
        v = LicenseVerdict.UNKNOWN
    # a passage in a language opengauge does not read (an annex given only in Italian) may take away what
    # the rest grants: an open reading decides nothing (a catalog licence's own text is read as the catalog's)
    part = None
    if undecided and binding is None and (entry is None or resembles or unclassified):
        part = unread_passage(text)
        if part is not None:
            v = LicenseVerdict.UNKNOWN
    return LicenseReport(
        identification=ident,
        verdict=LicenseVerdict(v),
        clauses=found + policy_clauses,
        document=document,
        is_policy=is_policy,
        policies=read,
        governed_by=governed_by,
        changes=changes,
        unclassified=unclassified,
        disguised=disguised,
        grants=grants,
        missing=missing,
        resembles=resembles,
        language=None if v != LicenseVerdict.UNKNOWN or entry is not None or part else unread_language(text),
        binding_language=binding,
        unread_part=part,
        together=joint.ids if joint is not None else [],
        reaches_distilled=distilled_reach(text),
    )


__all__ = ["SCHEMA", "LicenseReport", "OptionRead", "analyze"]
