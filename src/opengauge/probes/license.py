"""Probes about licensing: the weights' governing license, disagreements between binding
documents, and the license of the code.

Every binding document is read: LICENSE files, use policies, the gated-access prompt, the card's
`license:` id mapped through the catalog, and (for a derivative) the base model's license when
it binds derivatives. The most restrictive reading governs; each contradiction is its own finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from opengauge.knowledge.codebases import codebase_by_repo
from opengauge.licenses import load_catalog
from opengauge.licenses.catalog import LicenseEntry
from opengauge.licenses.document_json import license_json
from opengauge.licenses.facts import find_entry, spdx_of, verdict_for_id
from opengauge.licenses.identify import STATED_LICENSE, named_license, stated_license
from opengauge.licenses.names import entry_at_url, names_no_license
from opengauge.licenses.taxonomy import clause_of
from opengauge.licenses.terms import (
    Reading,
    entry_reading,
    governing,
    inherited_reading,
    report_reading,
    terms_of,
)
from opengauge.model import (
    Assessment,
    Clause,
    CodeRepo,
    Document,
    DocumentKind,
    Evidence,
    Finding,
    Level,
    LicenseVerdict,
)
from opengauge.probes.cardterms import bound_in_card, card_terms, stated_in_card, unread_terms
from opengauge.probes.context import ProbeContext
from opengauge.probes.original import of_the_original
from opengauge.probes.registry import probe
from opengauge.sources.refs import publisher
from opengauge.textio import clip

_CODE_LICENSE_PATH = re.compile(r"code", re.I)
_MAX_CLAUSE_EVIDENCE = 6


def _from_report(ctx: ProbeContext, doc: Document, role: str, report: Any) -> Reading:
    lines = doc.text.split("\n")
    first = next((i for i, ln in enumerate(lines[:200]) if ln.strip() and ln.strip() != "---"), 0)
    ev = ctx.evidence(doc, first + 1, lines[first] if lines else None, note=f"binding document ({role})")
    return report_reading(report, role=role, evidence=ev, path=doc.path, source=ctx.source_of(doc))


def _card_id_reading(entry: LicenseEntry, ev: Evidence, said: str) -> Reading:
    """The reading of a license the card declares (by id, by name or in words) that the catalog
    knows: `said` is the words quoted when the evidence carries none."""
    line = ev.line or 1
    return entry_reading(
        entry, role="card-id", evidence=ev, path="README.md", line=line, quote=ev.quote or said
    )


def _bound_readings(ctx: ProbeContext, readings: list[Reading]) -> list[Reading]:
    """Readings of the restrictive licenses the card says bind the model besides what it declares
    (`bound_in_card`): binding documents add up. An open license named so adds nothing, and is not
    read (it could not restrict, and beside `license: other` it would be a kinder answer)."""
    have = {r.license_id for r in readings if r.license_id}
    return [
        _card_id_reading(entry, ev, entry.name)
        for entry, ev in bound_in_card(ctx)
        if not _open_terms(entry) and entry.id not in have
    ]


def _linked_reading(ctx: ProbeContext, entry: LicenseEntry, link: str) -> Reading:
    """The reading of the catalogued license the card's `license_link` points at."""
    ev = ctx.metadata_evidence("license_link", "license linked in the card metadata")
    return _card_id_reading(entry, ev, link)


#: the Hub's `license:` values that name no license (`other` defers to `license_name`)
_NO_LICENSE_ID = ("other", "unknown")


def _open_terms(entry: LicenseEntry) -> bool:
    return entry.verdict in (LicenseVerdict.OSI_OPEN, LicenseVerdict.OPEN_NON_OSI)


def _card_readings(ctx: ProbeContext) -> list[Reading]:
    md = ctx.release.metadata
    raw = md.get("license")
    ids = (
        [raw]
        if isinstance(raw, str)
        else [x for x in raw if isinstance(x, str)]
        if isinstance(raw, list)
        else []
    )
    name = md.get("license_name")
    if any(i.lower() in _NO_LICENSE_ID for i in ids):
        ids = [i for i in ids if i.lower() not in _NO_LICENSE_ID]
        if isinstance(name, str) and not names_no_license(name):  # not a placeholder ("license")
            ids.append(name)
    out = []
    cat = load_catalog()
    # `license_link` at a catalogued license's official text names it (a name the catalog does not
    # know, such as `flux-dev-license`, or none at all, beside it)
    link = md.get("license_link")
    linked = entry_at_url(link, cat) if isinstance(link, str) else None
    if not ids:
        # no license in the metadata (or only `other` with a placeholder name): the card may link
        # to the license's official text, or state it in its own words, which declares it the same
        # way (a claim, checked against any license text like a `license:` id). A card whose metadata
        # says `other` declares terms that are none of the Hub's listed licenses: words or a link
        # naming an open license there would be a kinder answer than the metadata's own, and only
        # terms that confirm it count.
        said_other = raw is not None
        if linked is not None and not (said_other and _open_terms(linked)):
            return [_linked_reading(ctx, linked, str(link))]
        accept = (lambda e: not _open_terms(e)) if said_other else None
        if (stated := stated_in_card(ctx, accept)) is not None:
            return [_card_id_reading(stated[0], stated[1], stated[0].name)]
    for lid in ids[:3]:
        key = "license_name" if lid == name else "license"
        ev = ctx.metadata_evidence(key, "license declared in the card metadata")
        named = named_license(lid)  # a name where an id belongs (`license: Apache 2.0`)
        entry = cat.find(lid) or (cat.by_spdx(named) if named else None) or cat.by_slug(lid)
        if entry is not None:
            out.append(_card_id_reading(entry, ev, lid))
            continue
        if key == "license_name" and linked is not None:
            out.append(_linked_reading(ctx, linked, str(link)))
            continue
        spdx = spdx_of(lid)
        verdict = verdict_for_id(lid)
        r = Reading(
            role="card-id",
            evidence=ev,
            verdict=verdict,
            license_id=lid.lower(),
            name=spdx or lid,
            family=None,
            spdx=spdx,
            osi_approved=verdict is LicenseVerdict.OSI_OPEN,
            confidence=1.0 if spdx else 0.0,
        )
        r.report = license_json(
            verdict=r.verdict,
            document=ev.source,
            license_id=r.license_id,
            name=r.name,
            spdx=r.spdx,
            confidence=r.confidence,
        )
        out.append(r)
    return out


def own_readings(ctx: ProbeContext) -> list[Reading]:
    """Readings of the release's own binding documents (cached on the context)."""
    return ctx.cached(("readings", ctx.release.ref, ctx.release.revision), lambda: _own_readings(ctx))


def _own_readings(ctx: ProbeContext) -> list[Reading]:
    rel = ctx.release
    policies = [d for d in rel.documents if d.kind is DocumentKind.USE_POLICY]
    policy_texts = [(ctx.source_of(d), d.text) for d in policies]
    texts = [
        d
        for d in rel.documents
        if d.kind is DocumentKind.LICENSE and not _CODE_LICENSE_PATH.search(d.path.rsplit("/", 1)[-1])
    ]
    gated = [d for d in rel.documents if d.kind is DocumentKind.GATED_PROMPT]
    notices = [d for d in rel.documents if d.kind is DocumentKind.NOTICE]
    readings: list[Reading] = []
    for doc, role in (
        [(d, "license-file") for d in texts]
        + [(d, "gated-prompt") for d in gated]
        + [(d, "notice") for d in notices]
    ):
        if not doc.text.strip():
            continue  # a compact snapshot's catalog stand-in: read through the catalog below
        report = ctx.analyze_license(doc.text, ctx.source_of(doc), policy_texts)
        readings.append(_from_report(ctx, doc, role, report))
    if not texts and not gated:
        for doc in policies:
            report = ctx.analyze_license(doc.text, ctx.source_of(doc))
            readings.append(_from_report(ctx, doc, "use-policy", report))
    for doc in rel.documents:
        if (
            doc.catalog_id
            and not doc.text.strip()
            and doc.kind in (DocumentKind.LICENSE, DocumentKind.USE_POLICY)
        ):
            readings.extend(_catalog_reading(ctx, doc))
    readings.extend(_card_readings(ctx))
    readings.extend(_bound_readings(ctx, readings))
    readings.extend(card_terms(ctx))
    if rel.metadata.get("extra_gated_eu_disallowed") is True:
        ev = ctx.metadata_evidence("extra_gated_eu_disallowed", "the Hub gate refuses users in the EU")
        clause = clause_of(
            "geographic-restriction",
            line=ev.line,
            quote=ev.quote or "extra_gated_eu_disallowed: true",
            document=ev.source,
        )
        readings.append(
            Reading(
                role="gate-settings",
                evidence=ev,
                verdict=LicenseVerdict.RESTRICTED,
                path="README.md",
                confidence=1.0,
                name="gate settings",
                clauses=[clause],
                report=license_json(
                    verdict=LicenseVerdict.RESTRICTED,
                    document=ev.source,
                    name="gate settings",
                    confidence=1.0,
                    clauses=[clause],
                ),
            )
        )
    return readings


def _catalog_reading(ctx: ProbeContext, doc: Document) -> list[Reading]:
    """A document a compact snapshot stores only as a catalog id: read the catalog entry instead."""
    entry = load_catalog().get(doc.catalog_id or "")
    if entry is None:
        return []
    ev = ctx.evidence(doc, None, None, f"stored as catalog entry {entry.id}")
    return [
        entry_reading(
            entry,
            role="license-file",
            evidence=ev,
            path=doc.path,
            line=None,
            quote=f"{entry.name} incorporates {entry.use_policy} (opengauge license catalog)",
        )
    ]


def _licensor_of(parent: Assessment, org: str) -> bool:
    """Whether `org` publishes the base model and grants its terms itself: they are not inherited from
    a further ancestor, nor a vendor's license (the catalog's `licensors`) the publisher only holds."""
    terms = parent.terms
    if org != publisher(parent.release_ref) or terms is None or terms.inherited_from:
        return False
    entry = find_entry(terms.license_id)
    return entry is None or not entry.licensors or org in entry.licensors


def binding_parents(ctx: ProbeContext) -> list[Assessment]:
    """The base models whose terms bind the release: every parent (every parent of a merge binds),
    except the publisher's own models when the release states terms of its own. A license binds its
    licensees, not its licensor, so a publisher may release a derivative of its own model under other
    terms (DeepSeek-R1, MIT, from DeepSeek's own DeepSeek-V3-Base)."""
    return _binding(ctx, ctx.parents)


def _binding(ctx: ProbeContext, models: Sequence[Assessment]) -> list[Assessment]:
    """`models` (base models, or distillation teachers) without the publisher's own, when the release
    states decided terms of its own: a licence binds its licensees, not its licensor."""
    mine = publisher(ctx.release.ref)
    if mine is None or not models:
        return list(models)
    own = governing(own_readings(ctx))
    if own is None or own.verdict is LicenseVerdict.UNKNOWN:
        return list(models)
    return [m for m in models if not _licensor_of(m, mine)]


def inherited_readings(ctx: ProbeContext) -> list[Reading]:
    """The binding terms of the base models that flow down to this derivative (restrictive ones only;
    every parent of a merge binds): each base model's assessment already carries its ancestors'."""
    out = []
    for parent in binding_parents(ctx):
        terms = parent.terms
        if terms is not None and not terms.verdict.is_open and terms.verdict.rank >= 0:
            out.append(inherited_reading(parent.release_ref, terms, parent.provenance))
    return out + teacher_readings(ctx)


def teacher_readings(ctx: ProbeContext) -> list[Reading]:
    """The restrictive terms of the distillation teachers the card names whose licence counts models
    distilled from the teacher, or trained on its outputs, among its derivatives (`licenses.reach`: the
    RAIL family, Gemma, DeepSeek, Yi, Stability AI ...): they bind the student as a base model's bind a
    fine-tune, the most restrictive binding document governing (DESIGN.md, "Verdict principles"). A teacher
    whose licence says nothing of distilled models binds nothing (distillation is not lineage), nor does a
    teacher no route examined, nor the release's own publisher's teacher when it states terms of its own
    (a licence binds its licensees, not its licensor, as for base models: `binding_parents`)."""
    out = []
    for teacher in _binding(ctx, ctx.teachers):
        terms = teacher.terms
        if terms is None or terms.verdict.is_open or terms.verdict.rank < 0:
            continue
        if terms.report.get("reaches_distilled"):
            out.append(inherited_reading(teacher.release_ref, terms, teacher.provenance, teacher=True))
    return out


def _clause_evidence(reading: Reading, clauses: list[Clause] | None = None) -> list[Evidence]:
    seen, out = set(), []
    for c in reading.blocking if clauses is None else clauses:
        if c.type in seen:
            continue
        seen.add(c.type)
        out.append(
            Evidence(
                source=c.document or reading.evidence.source,
                line=c.line,
                quote=clip(c.quote),
                note=f"{c.type} (restricts {c.freedom})",
            )
        )
        if len(out) >= _MAX_CLAUSE_EVIDENCE:
            break
    return out


@probe("weights-license")
def weights_license(ctx: ProbeContext) -> list[Finding]:
    own = own_readings(ctx)
    inherited = inherited_readings(ctx)
    readings = own + inherited
    gov = governing(readings)
    summary = [
        {"role": r.role, "source": r.evidence.source, "license": r.license_id, "verdict": r.verdict}
        for r in readings
    ]
    undecided = [r for r in readings if r.report.get("unclassified")]
    if undecided and (gov is None or gov.verdict.is_open):
        # text beats name: a binding text that is a catalog license with terms added that no clause
        # detector explains cannot be decided, and no other document's open terms outrank it
        r = undecided[0]
        added = r.report["unclassified"][0]
        based = r.report.get("license", {}).get("name") or r.report.get("based_on")
        return [
            Finding(
                probe="weights-license",
                level=Level.UNKNOWN,
                evidence=[
                    r.evidence.model_copy(update={"line": added["line"], "quote": added["quote"][:300]})
                ],
                data={"readings": summary, "report": r.report, "unclassified": r.report["unclassified"]},
                reason=f"The terms of the weights are not decided: {r.evidence.source} is {based} "
                f"and adds terms opengauge cannot classify (line {added['line']}: "
                f'"{added["quote"][:160]}"); read them before relying on the license.',
            )
        ]
    unread_sections = unread_terms(ctx)
    if unread_sections and (gov is None or gov.verdict.is_open):
        # never a kinder label than the evidence: a licence section of the card in a language opengauge does
        # not read, saying more than a licence's name, may add terms to the licence declared; no open terms
        # outrank what could not be read (`cardterms.unread_terms`; held-out release round 25)
        u = unread_sections[0]
        declared = f"{gov.name or gov.license_id}" if gov is not None else "the license declared"
        return [
            Finding(
                probe="weights-license",
                level=Level.UNKNOWN,
                evidence=[u.evidence] + ([gov.evidence] if gov is not None else []),
                data={
                    "readings": summary,
                    "report": u.reading().report,
                    "unread_language": {"language": u.language, "title": u.title, "line": u.line},
                },
                reason=f"The terms of the weights are not decided: the model card's {u.title!r} section is "
                f"written in {u.language}, which opengauge does not read, and says more than the name of a "
                f'license (line {u.line}: "{clip(u.quote, 160)}"); it may add terms to {declared}: read it '
                "before relying on the license.",
            )
        ]
    if gov is None:
        ev = [r.evidence for r in readings]
        named = sorted({n for r in readings if (n := r.name or r.license_id)})
        read = {d.path for d in ctx.release.documents}
        unread = [
            f.path
            for f in ctx.release.files
            if re.search(r"licen[cs]e|use_policy", f.path, re.I) and "/" not in f.path and f.path not in read
        ]
        said = ctx.release.metadata.get("license")
        why = (
            f"the card metadata says `{said}` and names no license opengauge knows, and no license "
            "text was found in the card, files or gate"
            if not readings and isinstance(said, str) and said.strip().lower() in _NO_LICENSE_ID
            else "no license was found in the card metadata, files or gate"
            if not readings
            else f"the release names {', '.join(named)}, but no text of it was found "
            "and its terms are not on record"
            if named
            else "the license text could not be identified"
        )
        if not readings and not said and not unread and ctx.read_completely:
            # absence is closed: a release read in full (card, file list, gate) that states no license
            # grants no one the rights to use, study, modify or share its weights (all rights are
            # reserved by default); that is not open, and it is no evidence that could not be read
            return [
                Finding(
                    probe="weights-license",
                    level=Level.CLOSED,
                    evidence=[ctx.absence_evidence("no license in the card metadata, files or gate")],
                    data={"readings": summary, "report": None, "no_license": True},
                    reason="No license: the release, read in full (card metadata, files, gate), states none, "
                    "so no one is granted the rights to use, modify or share the weights (all rights are "
                    "reserved by default)"
                    + (
                        "; a base model's open license does not license this release's weights"
                        if ctx.release.base_models
                        else ""
                    )
                    + ".",
                )
            ]
        if unread:
            why += (
                f"; {', '.join(unread[:3])} {'is' if len(unread) == 1 else 'are'} listed but could not "
                "be read"
                + (
                    " (gated: a token with access is needed)"
                    if ctx.release.gated not in (None, False)
                    else ""
                )
            )
        return [
            Finding(
                probe="weights-license",
                level=Level.UNKNOWN,
                evidence=ev,
                data={"readings": summary, "report": readings[0].report if readings else None},
                reason=f"The terms of the weights are unknown: {why}.",
            )
        ]
    terms = terms_of(readings)
    assert terms is not None  # governing() found a reading
    blocking_all = terms.blocking
    data = {
        "terms": terms.model_dump(mode="json", exclude_none=True),
        "blocking": sorted({c.type for c in blocking_all}),
        "non_blocking": sorted({c.type for c in gov.clauses if not c.blocks_open_source}),
        "readings": summary,
    }
    # a binding text that hides its words (invisible characters, look-alike letters) is a red flag
    disguised = [f"{r.evidence.source}: {d}" for r in readings for d in r.report.get("disguised") or []]
    warning = ""
    if disguised:
        data["disguised"] = disguised
        warning = f" A binding document hides its words ({disguised[0]}); it was read through the disguise."
    name = gov.name or gov.license_id or "an unidentified license text"
    if gov.verdict.is_open:
        kind = (
            "an OSI-approved license"
            if gov.verdict is LicenseVerdict.OSI_OPEN
            else "an open (non-OSI) license"
        )
        if ctx.unexamined:
            # never a kinder label than the evidence: the release's own open terms say nothing of the
            # terms a base model that could not be examined binds it to (restrictive terms above are
            # decided whatever a base adds, since a base can only add restrictions)
            bases = ", ".join(ctx.unexamined[:3])
            return [
                Finding(
                    probe="weights-license",
                    level=Level.UNKNOWN,
                    evidence=[gov.evidence],
                    data={**data, "unexamined": list(ctx.unexamined)},
                    reason=f"The release's own terms are {name}, {kind}, but the terms of its base model "
                    f"{bases} could not be examined (not fetched, not in the opengauge index), and a base "
                    "model's license can bind its derivatives." + warning,
                )
            ]
        return [
            Finding(
                probe="weights-license",
                level=Level.OPEN,
                evidence=[gov.evidence] + _clause_evidence(gov),
                data=data,
                reason=f"The weights are under {name}, {kind}, and no binding document adds restrictions."
                + warning,
            )
        ]
    blocking = sorted({c.type for c in blocking_all})
    detail = f": {', '.join(blocking)}" if blocking else ""
    src = f" (inherited from {terms.inherited_words()})" if terms.inherited_from else ""
    return [
        Finding(
            probe="weights-license",
            level=Level.CLOSED,
            evidence=[gov.evidence] + _clause_evidence(gov, blocking_all),
            data=data,
            reason=f"The weights are under {name}{src}, whose terms are {gov.verdict} "
            f"and not open source{detail}." + warning,
        )
    ]


def _family_key(r: Reading) -> str:
    return (r.family or r.spdx or r.license_id or "?").lower()


@probe("license-disagreement")
def license_disagreement(ctx: ProbeContext) -> list[Finding]:
    readings = [r for r in own_readings(ctx) if r.rank >= 0]
    if not readings:
        return [
            Finding(
                probe="license-disagreement",
                level=Level.UNKNOWN,
                reason="No identified binding document to compare.",
            )
        ]
    out: list[Finding] = []
    claims = [r for r in readings if r.role == "card-id"]
    texts = [r for r in readings if r.role != "card-id"]
    for claim in claims:
        for text in texts:
            record = {
                "claimed": claim.license_id,
                "claimed_verdict": claim.verdict,
                "binding": text.license_id,
                "binding_verdict": text.verdict,
                "document": text.evidence.source,
            }
            if claim.verdict.is_open and not text.verdict.is_open:
                out.append(
                    Finding(
                        probe="license-disagreement",
                        level=Level.CLOSED,
                        evidence=[claim.evidence, text.evidence],
                        data=record,
                        reason=f"The card declares {claim.describe()} but the {text.role.replace('-', ' ')} "
                        f"is {text.describe()}, which is more restrictive and governs.",
                    )
                )
            elif (
                claim.license_id
                and text.license_id
                and _family_key(claim) != _family_key(text)
                and claim.verdict != text.verdict
            ):
                out.append(
                    Finding(
                        probe="license-disagreement",
                        level=Level.PARTIAL,
                        evidence=[claim.evidence, text.evidence],
                        data=record,
                        reason=f"The card declares {claim.describe()} while the "
                        f"{text.role.replace('-', ' ')} reads as {text.describe()}; "
                        "the more restrictive of the two governs.",
                    )
                )
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if a.role == "gated-prompt" or b.role == "gated-prompt":
                if a.rank == b.rank or min(a.rank, b.rank) < 0:
                    continue
            if a.license_id and b.license_id and _family_key(a) != _family_key(b) and a.verdict != b.verdict:
                lo, hi = sorted((a, b), key=lambda r: r.rank)
                out.append(
                    Finding(
                        probe="license-disagreement",
                        level=Level.PARTIAL,
                        evidence=[lo.evidence, hi.evidence],
                        data={
                            "claimed": lo.license_id,
                            "claimed_verdict": lo.verdict,
                            "binding": hi.license_id,
                            "binding_verdict": hi.verdict,
                            "document": hi.evidence.source,
                        },
                        reason=f"Two binding documents disagree: {lo.describe()} and {hi.describe()}; "
                        "the more restrictive governs.",
                    )
                )
    if out:
        return out
    return [
        Finding(
            probe="license-disagreement",
            level=Level.OPEN,
            evidence=[r.evidence for r in readings][:4],
            data={"documents": len(readings)},
            reason=f"The {len(readings)} binding document(s) found agree on the terms.",
        )
    ]


#: How the file that licenses a repository or a folder of it is named.
_LICENSE_FILES = ("LICENSE", "LICENCE", "COPYING", "UNLICENSE")


def _is_license_path(path: str) -> bool:
    return path.rsplit("/", 1)[-1].upper().startswith(_LICENSE_FILES)


def _repo_reading(
    ctx: ProbeContext, repo: CodeRepo
) -> tuple[LicenseVerdict, str | None, Evidence | None, str | None]:
    """(verdict, spdx or license id, evidence, name) for one code repository. A linked folder with a licence
    file of its own is under that licence, not the repository's: unknown while that file is unread (the card
    may state it), held-out release round 34 (a monorepo project's CC BY-NC LICENSE under an Apache root)."""
    if repo.folder:
        prefix = repo.folder.rstrip("/") + "/"
        own = [f.path for f in repo.files if f.path.startswith(prefix) and _is_license_path(f.path)]
        if own and not any(d.path in own for d in repo.documents):
            return LicenseVerdict.UNKNOWN, None, None, None
    for doc in repo.documents:
        if doc.kind is DocumentKind.LICENSE or doc.path.rsplit("/", 1)[-1].upper().startswith(
            ("LICENSE", "COPYING")
        ):
            report = ctx.analyze_license(doc.text, ctx.source_of(doc, repo))
            if report.verdict is not LicenseVerdict.UNKNOWN:
                reading = _from_report(ctx, doc, "license-file", report)
                reading.evidence = ctx.evidence(
                    doc, 1, doc.text.strip().split("\n")[0], "code license file", repo
                )
                return reading.verdict, reading.spdx or reading.license_id, reading.evidence, reading.name
    spdx = repo.license_spdx
    if spdx and spdx.upper() != "NOASSERTION":
        forge_verdict = verdict_for_id(spdx)
        entry = find_entry(spdx)
        ev = Evidence(
            source=repo.url or repo.ref, quote=f"license: {spdx}", note="license detected by the forge"
        )
        return forge_verdict, spdx, ev, entry.name if entry is not None else spdx
    stated = _stated_in_readme(ctx, repo)
    if stated is not None:
        spdx, ev = stated
        return verdict_for_id(spdx), spdx, ev, spdx
    return _catalog_code_license(repo)


#: What a repository that grants nothing is called, in a code-license finding's per-repository record.
NO_LICENSE = "no license (all rights reserved)"


def _catalog_code_license(repo: CodeRepo) -> tuple[LicenseVerdict, str | None, Evidence | None, str | None]:
    """The license the code catalog records for a catalogued repository whose license could not be
    read (its LICENSE file listed but not fetched, or no file list at all). A repository whose file
    list was read and shows no license file, and that the forge finds no license in, has none: what it
    holds today beats what the catalog recorded, and code under no license grants no one the rights to
    use, study, modify or share it (all rights are reserved by default; the Open Source Definition's
    rights come only from a license), a restriction read as such (`NO_LICENSE`), not as unknown."""
    unread = (LicenseVerdict.UNKNOWN, None, None, None)
    cb = codebase_by_repo(repo.ref.removeprefix("gh:"))
    top = [f.path for f in repo.files if "/" not in f.path.strip("/")]
    if top and not any(_is_license_path(p) for p in top):
        if repo.license_spdx is not None or repo.files_truncated:
            return unread  # the forge saw a license the file list does not show, or the list is cut short
        ev = Evidence(
            source=repo.url or repo.ref,
            note="the repository's file list holds no license file and the forge detects no license",
        )
        return LicenseVerdict.RESTRICTED, None, ev, NO_LICENSE
    if cb is None:
        return unread
    entry = find_entry(cb.license)
    verdict = verdict_for_id(cb.license)
    if entry is None or verdict is LicenseVerdict.UNKNOWN:  # `other`, `unknown`: nothing to go by
        return unread
    ev = Evidence(
        source=cb.source,
        quote=f"license: {cb.license}",
        note=f"{cb.name}: license per the opengauge code catalog, checked {cb.checked} "
        "(the repository's license file was not read)",
    )
    return verdict, entry.spdx or cb.license, ev, entry.name


def _stated_in_readme(ctx: ProbeContext, repo: CodeRepo) -> tuple[str, Evidence] | None:
    docs = [(d, repo) for d in repo.documents if d.kind is not DocumentKind.LICENSE]
    for hit in ctx.search(STATED_LICENSE, docs, limit=1):
        spdx = stated_license(hit.text)
        if spdx is not None:
            return spdx, ctx.hit_evidence(hit, "license stated in the README")
    return None


@probe("code-license", after=("training-code",))
def code_license(ctx: ProbeContext) -> list[Finding]:
    found = _code_license(ctx)
    # a quantization that links no code has the licence of its original's code (`original`)
    own = any(not r.error for r in ctx.release.code_repos) or any(f.level is not Level.UNKNOWN for f in found)
    return of_the_original(ctx, "code-license", found, own=own)


def _code_license(ctx: ProbeContext) -> list[Finding]:
    repos = [r for r in ctx.release.code_repos if not r.error]
    extra_docs = [
        d
        for d in ctx.release.documents
        if d.kind is DocumentKind.LICENSE and _CODE_LICENSE_PATH.search(d.path.rsplit("/", 1)[-1])
    ]
    per: dict[str, dict[str, Any]] = {}
    ev: list[Evidence] = []
    for repo in repos:
        verdict, lid, e, name = _repo_reading(ctx, repo)
        per[repo.ref] = {
            "verdict": verdict,
            "license": lid,
            "name": name,
            "osi_approved": verdict == "osi-open",
        }
        if e is not None:
            ev.append(e)
    for doc in extra_docs:
        r = _from_report(ctx, doc, "license-file", ctx.analyze_license(doc.text, ctx.source_of(doc)))
        per[ctx.source_of(doc)] = {
            "verdict": r.verdict,
            "license": r.spdx or r.license_id,
            "name": r.name,
            "osi_approved": r.verdict == "osi-open",
        }
        ev.append(r.evidence)
    if any(v["verdict"] == "unknown" or v["name"] == NO_LICENSE for v in per.values()):
        # the card may state the code's license for the whole release
        # ("code and model are released under ...")
        hits = [
            h
            for h in ctx.search(STATED_LICENSE, ctx.cards, limit=5, skip_front_matter=True)
            if re.search(r"\bcode\b", h.text, re.I)
        ]
        spdx = stated_license(hits[0].text) if hits else None
        if spdx is not None:
            for k, v in per.items():
                if v["verdict"] == "unknown" or v["name"] == NO_LICENSE:
                    stated = verdict_for_id(spdx)
                    per[k] = {
                        "verdict": stated,
                        "license": spdx,
                        "name": spdx,
                        "osi_approved": stated is LicenseVerdict.OSI_OPEN,
                        "stated_in": "model card",
                    }
            ev.append(ctx.hit_evidence(hits[0], "code license stated in the model card"))
    known = {k: v for k, v in per.items() if v["verdict"] != "unknown"}
    unread = sorted(k for k in per if k not in known)
    open_ = [k for k, v in known.items() if v["osi_approved"]]
    data = {"repos": per, "unread": unread, "all_osi": bool(known) and len(open_) == len(known)}
    if not per:
        in_repo = any(f.data.get("in_model_repo") for f in ctx.earlier("training-code"))
        gov = governing(own_readings(ctx)) if in_repo else None
        if gov is not None:
            # the training code is kept in the model repository: the repository's licence covers it
            # (`governing` gives only a decided reading: an undecided one leaves the code's unknown, below)
            verdict = gov.verdict
            data = {**data, "in_model_repo": True, "all_osi": verdict is LicenseVerdict.OSI_OPEN}
            name = gov.name or gov.license_id or "its licence"
            return [
                Finding(
                    probe="code-license",
                    level=Level.OPEN if verdict is LicenseVerdict.OSI_OPEN else Level.CLOSED,
                    evidence=[gov.evidence],
                    data=data,
                    reason="The training code is kept in the model repository, under the repository's "
                    f"licence ({name}, {'' if verdict is LicenseVerdict.OSI_OPEN else 'not '}OSI-approved).",
                )
            ]
        return [
            Finding(
                probe="code-license",
                level=Level.UNKNOWN,
                data=data,
                reason="No code repository is linked from the release, so there is no code license to read.",
            )
        ]
    if not known:
        return [
            Finding(
                probe="code-license",
                level=Level.UNKNOWN,
                data=data,
                reason="The linked code repositories carry no license that could be identified.",
            )
        ]
    names = ", ".join(sorted({f"{v['license'] or v['name']}" for v in known.values()}))
    caveat = f" The license of {', '.join(unread)} could not be read." if unread else ""
    if len(open_) == len(known):
        return [
            Finding(
                probe="code-license",
                level=Level.OPEN,
                evidence=ev,
                data=data,
                reason=f"The linked code is under OSI-approved licenses ({names})." + caveat,
            )
        ]
    if open_:
        return [
            Finding(
                probe="code-license",
                level=Level.PARTIAL,
                evidence=ev,
                data=data,
                reason=f"Only part of the linked code is under OSI-approved licenses ({names})." + caveat,
            )
        ]
    return [
        Finding(
            probe="code-license",
            level=Level.CLOSED,
            evidence=ev,
            data=data,
            reason=f"The linked code is not under an OSI-approved license ({names})." + caveat,
        )
    ]
