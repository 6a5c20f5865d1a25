"""Terms a model card states in its own words, read clause by clause: its license sections, and any
paragraph elsewhere that states the model's license ("**License:** Apache-2.0 (for non-commercial use
only)") or what commercial use needs ("free commercial use is allowed after registration"). A card
that attaches a condition to the license it names binds like a license text (issue 14: "a
field-of-use condition written in the card's license line" had been missed), and so does any line
that states, in binding words (may not, must, subject to ...), a condition such as a license adds:
research use only, a use policy, a ban on training with the outputs. Only passages that add a
blocking clause become a reading. The card metadata's own word on commercial use
(`commercial: false`) binds the same way."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from opengauge.clause import Clause
from opengauge.enums import LicenseVerdict
from opengauge.licenses.catalog import Catalog, LicenseEntry, load_catalog
from opengauge.licenses.document_json import license_json
from opengauge.licenses.identify import LICENSE_NAME, STATED_LICENSE, stated_license
from opengauge.licenses.language import OTHER_LANGUAGE, unread_language
from opengauge.licenses.names import entry_linked_in, entry_named_in
from opengauge.licenses.taxonomy import clause_of
from opengauge.licenses.terms import Reading
from opengauge.model import Document, Evidence
from opengauge.probes.context import (
    _FENCE,
    _TAG,
    BOLD_LABEL_LEVEL,
    LIST_ITEM,
    Hit,
    ProbeContext,
    Section,
    drop_comments,
    row_sections,
    split_front_matter,
)
from opengauge.probes.vocabulary import vocabulary
from opengauge.textio import blank_keeping_lines
from opengauge.weightfiles import is_weight_file

LICENSE_TITLE = re.compile(
    r"\blicen[cs]|\bterms of use\b|\busage terms\b|\bterms (and|&) conditions\b|\bagreement\b|^\W*terms\W*$|"
    r"\bacceptable use\b|"
    r"许可|协议|条款|ライセンス|利用規約|"
    # held-out release round 25: the licence section of cards in other languages ("## Lisans", "## Giấy phép",
    # "## Lizenz", "## Лицензия", "## Lisensi", "## 라이선스", "## الترخيص") and their terms of use
    r"\blisans|\blizenz|gi[ấa]y ph[ée]p|лиценз|\blisensi\b|라이[선센]스|ترخيص|"
    r"\bnutzungsbedingungen\b|\bconditions d.utilisation\b|\bt[ée]rminos de uso\b|\btermini d.uso\b|"
    r"\bwarunki (korzystania|u[żz]ytkowania|licencji)\b|\bkullan[ıi]m ko[şs]ullar[ıi]\b|[đd]i[ềe]u kho[ảa]n|"
    # held-out release round 26: the licence section of cards in Finnish, Swedish, Danish, Norwegian, Czech
    # and Greek ("## Lisenssi", "## Licens", "## Lisens", "## Licence", "## Άδεια χρήσης"), and their terms
    # of use
    r"\blisenssi|\blisens|\b[άα]δει[αε]ς?\b|\bk[äa]ytt[öo]ehdot\b|\banv[äa]nd(ar|nings)villkor\b|\bbrugsbetingelser\b|"
    r"\bbruksvilk[åa]r\b|\bpodm[íi]nky (u[žz]it[íi]|pou[žz]it[íi]|licence)\b|[όο]ροι χρ[ήη]σης|"
    # held-out release round 27: the licence section of cards in Romanian and Ukrainian ("## Licență",
    # "## Ліцензія") and their terms of use
    r"\blicen[țţ]|\bcondi[țţt]ii de utilizare\b|\btermeni (și|şi|si) condi[țţt]ii\b|"
    r"ліценз|умови (використання|користування)",
    re.IGNORECASE,
)
"""A section title about the model's terms: license, terms of use or terms and conditions, an
agreement; in Chinese (许可 licence, 协议 agreement, 条款 terms) and Japanese (ライセンス, 利用規約),
as bilingual cards title them; and the word for licence or terms of use in the other languages whose card
sections opengauge reads (`vocabulary/cardsections.yaml`), so that a licence section in a language the licence
reader does not read is found, and not taken as silent (`_unread_terms`)."""
# a line of the card that states the model's terms outside a license section: "**License:** Apache-2.0
# (non-commercial use only)", "Released under MIT, provided that ..."
_LICENSE_LINE = re.compile(
    r"\blicen[cs]e[ds]?\b|\blicensing\b|\b(released|available|distributed|provided|published|shared) under\b|"
    # what the card says of commercial use states terms too: "free commercial use is allowed after
    # registration", "仅用于研究目的，不得用于商业"
    r"\bcommercial(ly)? (use|usage|purposes?|settings?|products?|applications?|services?)\b|"
    r"商用|商业(用途|使用|目的)|用于商业|许可|协议",
    re.IGNORECASE,
)
# a line stating a condition such as a license adds, wherever in the card: research use only, a use
# policy the model is subject to, a ban on training other models on its outputs ("Use of this model is
# subject to the Acme Acceptable Use Policy") ...
_CONDITION_LINE = re.compile(
    r"\bresearch (purposes?|use) only\b|\bsolely for research\b|"
    r"\b(acceptable|responsible|prohibited)[ -]use polic|\buse polic(y|ies)\b|"
    r"\boutputs?\b[^.\n]{0,80}\b(train|improve|develop)",
    re.IGNORECASE,
)
# ... in binding words: a prohibition, an obligation or a condition. What a model is "meant" or
# "intended" for, or why it was released ("We chose to release the model for research purposes
# only"), is the card's description of its use, not a term of its license.
_BINDING = re.compile(
    r"\b(may|must|shall|can|will)\s+not\b|\b(may|can)no?t\b|\bmust\b|\bshall\b|\bsubject to\b|"
    r"\bnot\s+(be\s+)?(permitted|allowed|licen[cs]ed)\b|\bprohibited\b|\bforbidden\b|\bwithout\s+(prior\s+)?"
    r"(written\s+)?(permission|consent|a\s+licen[cs]e)\b|\bagree\b|\bcomply\b",
    re.IGNORECASE,
)
# a paragraph about the license of data (a dataset's, the training data's) states no terms of the model
_DATA_TERMS = re.compile(
    r"\bdata ?sets?\b|\bcorp(us|ora)\b|\btraining data\b|\bdata (is|are)\b|"
    # data by what it is: "The synthetic stories were generated with a commercial model whose terms do not
    # allow commercial use of its outputs; we therefore publish them for non-commercial use only" (held-out
    # release round 9: the model's own weights were Apache 2.0)
    r"\bsynthetic (data|texts?|stories|samples|examples|conversations|dialogues|documents|images|pairs)\b",
    re.IGNORECASE,
)
_PARAGRAPH_CAP = 2000
#: a section title about data (the data probes' own word for it)
_DATA_HEADING = vocabulary("data").pattern("data-heading")
_ADDRESS = re.compile(r"\]\([^)\s]*\)|https?://\S+")
# a well-known license named in a license section's body ("## License\n\nApache 2.0")
_NAMED = re.compile(r"(?<![\w-])" + LICENSE_NAME + r"(?![\w-])", re.IGNORECASE)
# a line about the license of the code alone ("The code is released under MIT"), not the model's
_CODE_ONLY = re.compile(r"\b(source )?code\b|\bscripts?\b|\brepositor(y|ies)\b", re.IGNORECASE)
# outside a license section, a line that states terms rather than mentions them: "... is released
# under", "is governed by", "we release ... under", a "License:" label or badge ("models released
# under Apache 2.0 and others" is about other models)
_STATEMENT = re.compile(
    r"\b(is|are|be|been)\s+(now\s+)?(released|licen[sc]ed|available|distributed|provided|published|shared|"
    r"made available)\s+under\b|\b(is|are|be|been|remains?)\s+(also\s+)?(governed|bound|covered)\s+by\b|"
    r"\bwe\s+(release|licen[sc]e|distribute|provide|publish|share)\b.*\bunder\b|"
    r"^\W*licen[sc]e\W|badge/License-",
    re.IGNORECASE,
)
_MODEL_WORDS = re.compile(r"\bmodels?\b|\bweights?\b|\bcheckpoints?\b|\bparameters\b", re.IGNORECASE)


def card_terms(ctx: ProbeContext) -> list[Reading]:
    """The terms a model card states in its own words, read clause by clause: its license sections
    (and the front matter's `license_name`/`license_link` lines), and any paragraph elsewhere that
    states the model's license ("**License:** Apache-2.0, for non-commercial use only"; paragraphs
    about a dataset's license are not the model's terms). A card that attaches a condition to the
    license it names ("Apache 2.0, under the condition that the model is not used to compete with
    ...") binds like a license text; only passages that add a blocking clause become a reading."""
    out: list[Reading] = []
    said = _metadata_terms(ctx)
    if said is not None:
        out.append(said)
    sections = _license_sections(ctx)
    for doc in ctx.cards:
        mine = [s for s in sections if s.doc is doc]
        covered = [(s.section.line, s.section.end) for s in mine]
        for s in mine:
            r = s.reading if s.reading is not None else s.unread.reading() if s.unread is not None else None
            if r is not None:
                out.append(r)
        for first, text in _license_paragraphs(ctx, doc, covered):
            r = _terms_reading(ctx, doc, text, first - 1, first, text.split("\n", 1)[0])
            if r is not None:
                out.append(r)
    return out


#: front-matter keys whose false value says commercial use is not allowed (`commercial: false`, the
#: OPT cards' and their derivatives'), and whose true value says so (`non_commercial: true`)
_COMMERCIAL_KEYS = ("commercial", "commercial_use")
_NONCOMMERCIAL_KEYS = ("non_commercial", "noncommercial", "non-commercial")
_FALSE = frozenset({"false", "no", "0", "none"})
_TRUE = frozenset({"true", "yes", "1", "only"})


def _metadata_terms(ctx: ProbeContext) -> Reading | None:
    """The card metadata's own word on commercial use: `commercial: false` (or `non_commercial:
    true`) says the model may not be used commercially, whatever the license id beside it; a
    non-commercial clause cited at that line."""
    md = ctx.release.metadata
    for keys, refusing in ((_COMMERCIAL_KEYS, _FALSE), (_NONCOMMERCIAL_KEYS, _TRUE)):
        for key in keys:
            value = md.get(key)
            if value is None or str(value).strip().lower() not in refusing:
                continue
            ev = ctx.metadata_evidence(key, "commercial use refused in the card metadata")
            clause = clause_of(
                "non-commercial", line=ev.line, quote=ev.quote or f"{key}: {value}", document=ev.source
            )
            path = ctx.card.path if ctx.card else None
            return _card_reading(ev, path, LicenseVerdict.NON_COMMERCIAL, [clause])
    return None


def _license_paragraphs(
    ctx: ProbeContext, doc: Document, covered: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """(first line, text) of each paragraph of a card, outside its front matter, code blocks and the
    license sections already read, that states a license and is not about data (read once per card
    and sections: `card_terms` and `_license_lines` most often leave out the same sections)."""
    return ctx.cached(
        ("license-paragraphs", id(doc), tuple(covered)), lambda: _read_license_paragraphs(ctx, doc, covered)
    )


def _read_license_paragraphs(
    ctx: ProbeContext, doc: Document, covered: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    lines, _ = ctx._lines(doc)
    skip, _ = split_front_matter(doc.text)
    licensed = ctx.matching_lines(_LICENSE_LINE, doc) | {
        i for i in ctx.matching_lines(_CONDITION_LINE, doc) if _BINDING.search(lines[i])
    }
    out: list[tuple[int, str]] = []
    fenced = False
    i = skip
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
            i += 1
            continue
        n = i + 1  # 1-based
        if fenced or not line.strip() or any(a <= n <= b for a, b in covered) or i not in licensed:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip() and not _FENCE.match(lines[j + 1]):
            j += 1
        text = "\n".join(lines[i : j + 1])[:_PARAGRAPH_CAP]
        if _in_data_section(ctx, doc, n):
            pass  # what a training-data section says of a source's terms binds the data, not the model
        elif not _DATA_TERMS.search(text):
            out.append((n, text))
        elif all(LIST_ITEM.match(ln) for ln in lines[i : j + 1]):
            # a list of fields ("* **Model type**: ...", "* **License**: ..."): only the items about
            # data are left out, each item being a statement of its own
            out += [
                (i + k + 1, ln)
                for k, ln in enumerate(lines[i : j + 1])
                if not _DATA_TERMS.search(ln) and _LICENSE_LINE.search(ln)
            ]
        i = j + 1
    return out


def _license_rows(ctx: ProbeContext, doc: Document) -> list[Section]:
    """The rows of a card's tables of labels and values (`context.row_sections`) whose label is a licence's:
    "<tr><th>Licence</th><td>Apache License 2.0 (weights and code)</td></tr>", "| License | MIT |" is the
    card's licence field, as a bold "**License:**" label is a licence section (held-out release round 27: a
    card whose facts are one HTML table in row groups, its licence only in a row). A row in a section about
    data gives a source's terms, not the model's (`_in_data_section`)."""
    return [
        sec
        for sec in row_sections(doc)
        if sec.level == BOLD_LABEL_LEVEL
        and LICENSE_TITLE.search(sec.title)
        and sec.body.strip()
        and not _in_data_section(ctx, doc, sec.line)
    ]


def _in_data_section(ctx: ProbeContext, doc: Document, line: int) -> bool:
    """The card line sits in a section about data (the nearest of its headings that is a data or a license
    heading is a data one): "## Training data" ... "Gigaword is licensed to us under terms that do not allow
    redistribution" states the terms of a source, not of the model (held-out release round 7)."""
    for title in reversed(ctx.enclosing_titles(Hit(doc, line, ""))):
        # the nearest heading that says what the passage is about: a run-in label inside a data section
        # ("## Training data" > "**Why FDC is not public.**", held-out release round 32) keeps it there
        if LICENSE_TITLE.search(title):
            return False
        if _DATA_HEADING.search(title):
            return True
    return False


#: The formats a copy of the weights is kept in, by file extension, and the words a card calls each by.
_FORMAT_WORDS = {
    "onnx": r"onnx",
    "gguf": r"gguf|llama\.cpp",
    "ggml": r"ggml",
    "tflite": r"tflite|tensorflow lite|litert",
    "mlpackage": r"core ?ml|mlpackage",
    "msgpack": r"flax|jax",
    "h5": r"keras|tensorflow|\bh5\b",
    "keras": r"keras",
}
#: The weight files whose paths are looked for in a sentence (a checkpoint of hundreds of shards is named by
#: its format).
MAX_NAMED_WEIGHTS = 20
#: The end of a sentence (a full stop, question or exclamation mark or semicolon before white space: not the
#: dot of "2.0" or of a file name).
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def _weight_copies(ctx: ProbeContext) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """(copies, main): patterns naming the copies of the weights the release keeps in a folder of their own in
    another format (`onnx/` holding only .onnx files beside a root `model.safetensors`: the folder, its files,
    the format's name), and patterns naming the other weight files (their paths and formats). Both empty when
    the release keeps its weights in one format."""

    def find() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
        weights = [f.path for f in ctx.release.files if is_weight_file(f.path)]
        ext = {p: p.rsplit(".", 1)[-1].lower() for p in weights}
        folders: dict[str, set[str]] = {}
        for p in weights:
            if "/" in p:
                folders.setdefault(p.rsplit("/", 1)[0], set()).add(ext[p])
        copies: list[re.Pattern[str]] = []
        copied: set[str] = set()
        for folder, exts in folders.items():
            outside = {ext[p] for p in weights if not p.startswith(folder + "/")}
            if len(exts) != 1 or not outside or exts <= outside:
                continue
            (fmt,) = exts
            words = _FORMAT_WORDS.get(fmt, re.escape(fmt))
            copies.append(re.compile(rf"(?<![\w/.-]){re.escape(folder)}/|\b({words})\b", re.IGNORECASE))
            copied.update(p for p in weights if p.startswith(folder + "/"))
        others = [p for p in weights if p not in copied and not p.endswith(".json")]
        main = [
            re.compile(rf"(?<![\w/.-]){re.escape(p)}(?![\w-])", re.IGNORECASE)
            for p in others[:MAX_NAMED_WEIGHTS]
        ] + [re.compile(rf"\b{re.escape(e)}\b", re.IGNORECASE) for e in sorted({ext[p] for p in others})]
        return (copies, main) if copies and main else ([], [])

    return ctx.cached(("weight-copies",), find)


def _without_copies(ctx: ProbeContext, text: str) -> str:
    """`text` with the sentences about a copy of the weights in another format blanked (`_weight_copies`), its
    lines kept: "The int8 ONNX files in `onnx/` are not ours: our hardware partner compiled them ... under its
    licence, for evaluation and non-commercial use only" states the terms of those files, which the release
    keeps beside the weights in their own format; it does not bind the weights the card gives terms for (the
    G7 labels ask under which terms the weights are released; held-out release round 28). A sentence that also
    names the other weights ("The safetensors and the ONNX files are non-commercial") is kept."""
    copies, main = _weight_copies(ctx)
    if not copies:
        return text
    out = []
    pos = 0
    for m in [*_SENTENCE.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        sentence = text[pos:end]
        if any(rx.search(sentence) for rx in copies) and not any(rx.search(sentence) for rx in main):
            sentence = blank_keeping_lines(sentence)
        out.append(sentence)
        if m is not None:
            out.append(m.group(0))
            pos = m.end()
    return "".join(out)


#: The other artifacts of a release a licence heading or line may be about, and the stage a code is of.
_ARTIFACTS = r"(?:code|scripts?|software|data ?sets?|data|corpus|outputs?|documentation|docs|demo)"
_STAGE = r"(?:training|inference|data[- ]processing|evaluation|fine-tuning|source)"
#: Words that name the model itself: a heading or line with them is about the weights too.
_NAMES_MODEL = re.compile(r"\b(model|weights?)\b", re.IGNORECASE)
#: A line whose label is another artifact of the release ("Code: MIT", "- **Training data:** CC BY-NC 4.0").
_ARTIFACT_LABEL = re.compile(
    rf"^\W*(?:the )?(?:{_STAGE}\s+(?:and\s+[\w-]+\s+)?)?{_ARTIFACTS}\b[^:\n]{{0,80}}:", re.IGNORECASE
)


def _of_another_artifact(line: str) -> bool:
    """The line labels another artifact's terms (`_ARTIFACT_LABEL`) and names neither the model nor its
    weights."""
    return bool(_ARTIFACT_LABEL.search(line)) and not _NAMES_MODEL.search(line)


def _terms_reading(
    ctx: ProbeContext, doc: Document, text: str, offset: int, line: int, title: str
) -> Reading | None:
    """The reading of terms a card states in `text` (its lines start after card line `offset`), or
    None when they add no blocking clause. Sentences about a copy of the weights in another format are not
    read (`_without_copies`)."""
    text = _without_copies(ctx, text)
    # read without a document name (every clause is given the card's below), so the reading of a
    # passage is shared by every card that states it
    report = ctx.analyze_license(text, None)
    lines = text.split("\n")
    # a line that labels another artifact's terms ("Training and data-processing code (projects/x): CC BY-NC
    # 4.0, non-commercial use only") states that artifact's, not the weights' (held-out release round 34)
    kept = [
        c
        for c in report.clauses
        if not (0 < (c.line or 0) <= len(lines) and _of_another_artifact(lines[(c.line or 1) - 1]))
    ]
    if not any(c.blocks_open_source for c in kept):
        return None
    clauses = [replace(c, line=(c.line or 1) + offset, document=ctx.source_of(doc)) for c in kept]
    ev = ctx.evidence(doc, line, title, "terms stated in the model card")
    return _card_reading(ev, doc.path, report.verdict, clauses)


#: The end of a statement on a line of a licence section: a full stop, question or exclamation mark, semicolon
#: or colon before white space (not the dot of "2.0"); kept by `split`, so that a label before a colon is
#: known.
_STATEMENT_END = re.compile(r"([.!?;:。；])(?=\s|$)")
#: A licence file a statement points to ("xem tệp LICENSE", "patrz plik LICENSE.md").
_LICENSE_FILE = re.compile(r"\b(LICEN[CS]E|COPYING|NOTICE)(\.(md|txt))?\b")
#: Quoted words (straight, curly or guillemet quotes): the title of another section a pointer names.
_QUOTED = re.compile(r"[\"“”„«»'‘’]\s*([^\"“”„«»'‘’\n]{2,80}?)\s*[\"“”„«»'‘’]")
#: Emphasis marks, dropped before a line is split ("**Giấy phép:** ..." is a label and its value).
_EMPHASIS = re.compile(r"[*_`]+")
#: A table's separator row.
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$")
#: Markdown markup around a statement's words: emphasis, a list bullet, table pipes.
_MARKUP = re.compile(r"[*_`|>#]+|^\s*(?:[-+\u2022]|\d{1,3}[.)])\s")


@dataclass(frozen=True)
class UnreadTerms:
    """A licence section of the card in a language opengauge does not read that says more than a licence's
    name (`_unread_terms`): where, in which language, and its first statement beyond the names."""

    language: str
    title: str
    line: int
    quote: str
    evidence: Evidence

    def reading(self) -> Reading:
        """The section as a card-terms reading whose terms are not decided (`unknown`: it never governs, and
        `probes.license.weights_license` leaves the weights' terms undetermined by it)."""
        r = Reading(
            role="card-terms",
            evidence=self.evidence,
            verdict=LicenseVerdict.UNKNOWN,
            path=self.evidence.source,
            name="terms stated in the model card",
        )
        r.report = license_json(
            verdict=LicenseVerdict.UNKNOWN,
            document=self.evidence.source,
            name=r.name,
            summary=f"Unknown: the card's {self.title!r} section is written in {self.language}, which "
            "opengauge does not read (it reads license texts in English and Chinese), and says more than the "
            "name of a license, so whether it adds terms is not decided: read it",
        )
        return r


@dataclass(frozen=True)
class _LicenseSection:
    """A licence section of a card, read once for `card_terms` and `unread_terms`: the terms it adds
    (`_terms_reading`), else, when it says more than a licence's name in a language opengauge does not
    read, that (`_unread_terms`)."""

    doc: Document
    section: Section
    reading: Reading | None
    unread: UnreadTerms | None


#: A licence heading that names another artifact as what it licenses ("Licence of the code", "Code license",
#: "Licence for the training data"): that artifact's terms, not the weights' (held-out release round 34, a
#: monorepo folder's own CC BY-NC licence under the heading "Licence of the code", beside Apache weights).
_OTHER_ARTIFACT_LICENSE = re.compile(
    rf"\blicen[cs]\w* (?:of|for) (?:the |its |our )?(?:{_STAGE} )?{_ARTIFACTS}\b|\b{_ARTIFACTS} licen[cs]",
    re.IGNORECASE,
)


def is_model_license_title(title: str) -> bool:
    """A licence heading (`LICENSE_TITLE`) that is not another artifact's (`_OTHER_ARTIFACT_LICENSE`), unless
    it names the model or its weights too ("Code and model licence")."""
    if not LICENSE_TITLE.search(title):
        return False
    return not _OTHER_ARTIFACT_LICENSE.search(title) or bool(_NAMES_MODEL.search(title))


def _license_sections(ctx: ProbeContext) -> list[_LicenseSection]:
    """The licence sections of the release's cards, in card order, each read (`_LicenseSection`); a bare
    "License" heading over nothing states nothing and is left out."""

    def read() -> list[_LicenseSection]:
        out = []
        for doc in ctx.cards:
            for sec in ctx.sections(doc):
                if not is_model_license_title(sec.title) or not (sec.body.strip() or len(sec.title) > 40):
                    continue
                # the heading is read with its body (a heading that is a whole statement: "# 所有模型均采用
                # CC BY-NC-SA 4.0协议，禁止任何形式的商用！"): the heading is the text's line 1, at card line
                # `sec.line`
                r = _terms_reading(ctx, doc, f"{sec.title}\n{sec.body}", sec.line - 1, sec.line, sec.title)
                unread = _unread_terms(ctx, doc, sec) if r is None else None
                out.append(_LicenseSection(doc, sec, r, unread))
            for sec in _license_rows(ctx, doc):
                # the row's label and value are one line of the card
                r = _terms_reading(ctx, doc, f"{sec.title}: {sec.body}", sec.line - 1, sec.line, sec.title)
                unread = _unread_terms(ctx, doc, sec) if r is None else None
                out.append(_LicenseSection(doc, sec, r, unread))
        return out

    return ctx.cached(("card-license-sections",), read)


def unread_terms(ctx: ProbeContext) -> list[UnreadTerms]:
    """The licence sections of the release's cards written in a language opengauge does not read that say
    more than a licence's name and add no blocking clause opengauge reads (`_unread_terms`), in card order."""
    return [s.unread for s in _license_sections(ctx) if s.unread is not None]


def _unread_terms(ctx: ProbeContext, doc: Document, sec: Section) -> UnreadTerms | None:
    """A licence section written in a language opengauge does not read (`licenses.language.unread_language`,
    the licence reader's own guess: it reads English and Chinese) that says more than the name of a licence
    ("Apache 2.0, with the following added condition: ..."): what it adds cannot be read, so it must not leave
    the declared licence governing silently. Read as terms that are not decided (`unknown`), naming the
    language: the weights' terms are then undetermined unless a restrictive document decides them
    (`probes.license.weights_license`). DESIGN.md, "Verdict principles": text beats name, and never a kinder
    label than the evidence (held-out release round 25: a Vietnamese card's "Giấy phép" section adding a
    non-commercial condition to `license: apache-2.0`). A section that only names licences, links or points to
    a licence file or to another licence section of the card ("Apache 2.0", "Wagi: Apache 2.0; dane: ODC-By
    1.0") says nothing more, and stays silent."""
    body = drop_comments(sec.body)
    # the names of licences, their files and addresses are not the section's language ("MIT" is a German word
    # to the guess, "LICENSE" an English one)
    language = unread_language(_unnamed(f"{sec.title}\n{body}"))
    if language is None and len(_WORD.findall(body)) < MIN_WORDS:
        # too few words to tell the section's language: it is the card's own, when that says more
        language = _card_language(ctx, doc)
    if language is None:
        return None
    said = _beyond_names(ctx, doc, sec, body)
    if said is None:
        return None
    offset, statement = said
    codes = _declared_languages(ctx)
    if codes and language == OTHER_LANGUAGE:
        language += f" (the card's metadata names {', '.join(codes)})"
    line = sec.line + offset
    ev = ctx.evidence(doc, line, statement, f"terms stated in the model card in {language}, not read")
    return UnreadTerms(language=language, title=sec.title, line=line, quote=statement, evidence=ev)


_WORD = re.compile(r"\w+")
#: Fewer words than the licence reader needs to tell a text's language (`licenses.language.MIN_WORDS`).
MIN_WORDS = 10


def _unnamed(text: str) -> str:
    """`text` without the names of licences, the addresses it links and the licence files it names: the words
    whose language the licence reader's guess should weigh."""
    return _LICENSE_FILE.sub(" ", _ADDRESS.sub(" ", _NAMED.sub(" ", text)))


def _card_language(ctx: ProbeContext, doc: Document) -> str | None:
    """The language of a card's prose (front matter and code blocks left out), when opengauge does not
    read it."""

    def guess() -> str | None:
        lines, _ = ctx._lines(doc)
        skip, _ = split_front_matter(doc.text)
        prose, fenced = [], False
        for line in lines[skip:]:
            if _FENCE.match(line):
                fenced = not fenced
            elif not fenced:
                prose.append(line)
        return unread_language(_unnamed("\n".join(prose)))

    return ctx.cached(("card-language", id(doc)), guess)


def _declared_languages(ctx: ProbeContext) -> list[str]:
    """The language codes the card's metadata declares other than English and Chinese (`language: [vi,
    en]`)."""
    said = ctx.release.metadata.get("language")
    codes = said if isinstance(said, list) else [said] if isinstance(said, str) else []
    read = ("en", "zh", "multilingual")
    return [c for c in (str(x).strip() for x in codes) if c and c.lower() not in read][:5]


def _beyond_names(ctx: ProbeContext, doc: Document, sec: Section, body: str) -> tuple[int, str] | None:
    """(line within the section, text) of the first statement of a licence section's body that says more than
    licences' names: one that names no licence, links nothing and points to no licence file or other licence
    section; or one that does, but goes on after the last licence it names with a clause of its own (", with
    the following condition", "— tylko do badań"), or holds more than `MAX_NAMING_WORDS` words of prose beside
    the names and identifiers. Read without the language, so only its shape: a restriction written inside a
    short naming sentence ("MIT tylko do badań") is not found. None when every statement only names licences
    (or is a label: "Licencja:", "Wagi:")."""
    cat = load_catalog()
    others = {
        s.title.strip().lower() for s in ctx.sections(doc) if s is not sec and LICENSE_TITLE.search(s.title)
    }
    lines = body.split("\n")
    for k, line in enumerate(lines, start=1):
        if _TABLE_RULE.match(line) or (k < len(lines) and _TABLE_RULE.match(lines[k])):
            continue  # a table's rule, or the header row above it
        pieces = _STATEMENT_END.split(_EMPHASIS.sub("", line))
        for i in range(0, len(pieces), 2):
            part = pieces[i]
            words = _MARKUP.sub(" ", part).strip()
            if not any(c.isalpha() for c in words):
                continue  # numbers, punctuation, markup
            if i + 1 < len(pieces) and pieces[i + 1] == ":" and len(words.split()) <= 3:
                continue  # a label before its value ("Licencja: Apache 2.0", "Wagi: MIT", "**Giấy phép:**")
            if not _only_names(words, part, cat, others):
                return k, words
    return None


#: Words of prose a statement may hold beside the licences and identifiers it names and still only name them
#: ("Les poids du modèle sont publiés sous licence Apache 2.0": 9).
MAX_NAMING_WORDS = 12
#: Plain words a clause after a statement's last licence name needs to say something of its own
#: (", với điều kiện bổ sung sau", ", yalnızca akademik kullanım"; not ", ODC-By ve CC0").
MIN_TAIL_WORDS = 3
#: What opens a clause after a licence's name: a comma or a dash, after the rest of a link whose text the name
#: is ("[Apache 2.0](LICENSE), ...") or a closing bracket.
_TAIL_CLAUSE = re.compile(r"^(?:\]\([^)\s]*\)|[)\]])*\s*(?:[,–—]|-\s)")


def _plain_words(text: str) -> list[str]:
    """The words of `text` that are prose: not identifiers (digits, hyphens, slashes: "ODC-By", "CC0",
    "GioLao-2B-Chat", "2.0"), nor numbers or punctuation."""
    return [
        t
        for t in text.split()
        if any(c.isalpha() for c in t) and not any(c.isdigit() or c in "-/_." for c in t.strip("()[],;:"))
    ]


def _names_an_id(words: str, cat: Catalog) -> bool:
    """Whether a word of `words` is a licence id the catalog knows, written as an id is (`MIT`, `odc-by`,
    `BSD`: an upper-case letter, a digit or a hyphen), not a common word."""
    for t in words.split():
        t = t.strip("()[],;:.'\"")
        if t and (t != t.lower() or any(c.isdigit() or c == "-" for c in t)):
            e = cat.find(t)
            if e is not None and e.verdict is not LicenseVerdict.UNKNOWN:
                return True
    return False


def _only_names(words: str, part: str, cat: Catalog, others: set[str]) -> bool:
    """Whether a statement of a licence section in a language opengauge does not read only names licences
    (`_beyond_names`)."""
    # a pointer to a text read where it is: a link, a licence file, another licence section of the card
    pointed = bool(
        entry_linked_in(part, cat)
        or _ADDRESS.search(part)
        or _LICENSE_FILE.search(part)
        or any(q.group(1).strip().lower() in others for q in _QUOTED.finditer(part))
    )
    named = list(_NAMED.finditer(words))
    if not (pointed or named or entry_named_in(words, cat) or _names_an_id(words, cat)):
        return False
    if named:
        tail = words[named[-1].end() :]
        if _TAIL_CLAUSE.match(tail) and len(_plain_words(tail)) >= MIN_TAIL_WORDS:
            return False  # "Apache 2.0, với điều kiện bổ sung sau"
    return len(_plain_words(_NAMED.sub(" ", words))) <= MAX_NAMING_WORDS


def _card_reading(ev: Evidence, path: str | None, verdict: LicenseVerdict, clauses: list[Clause]) -> Reading:
    """The card-terms reading of `clauses` the card states (in its text or its metadata), with its
    license document."""
    r = Reading(
        role="card-terms",
        evidence=ev,
        verdict=verdict,
        path=path,
        name="terms stated in the model card",
        confidence=1.0,
        clauses=clauses,
    )
    r.report = license_json(verdict=verdict, document=ev.source, name=r.name, confidence=1.0, clauses=clauses)
    return r


def stated_in_card(
    ctx: ProbeContext, accept: Callable[[LicenseEntry], bool] | None = None
) -> tuple[LicenseEntry, Evidence] | None:
    """(catalog entry, evidence) of a license the card states for the model in its own words, for a
    card whose metadata names none: the first line of a license section that names one ("## License"
    / "Apache 2.0", "the Meta Llama 3 Community License Agreement") or links to its official text
    ("see [the license](https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md)"),
    else the first line elsewhere that says the model is released, licensed or governed by one
    ("This model is released under the MIT license"). Lines about the license of the code alone, or
    of data, do not state the model's license; nor does a license `accept` refuses."""
    for doc in ctx.cards:
        for n, line, in_section in _license_lines(ctx, doc):
            found = _stated_on(line, in_section)
            if found is None and "<" in line:
                # a row of an HTML table ("<tr><td>Licence</td><td><a href=...>Apache License 2.0</a>"):
                # its words without the markup (held-out release round 7)
                found = _stated_on(_TAG.sub(" ", line), in_section)
            if found is not None and (accept is None or accept(found)):
                return found, ctx.evidence(doc, n, line, "license stated in the model card")
    return None


def _stated_on(line: str, in_section: bool) -> LicenseEntry | None:
    """The license a line of a license section names, or that a line elsewhere states for the model."""
    if in_section:
        return _model_license(line, _NAMED)
    return _model_license(line, STATED_LICENSE) if _STATEMENT.search(line) else None


def _license_lines(ctx: ProbeContext, doc: Document) -> list[tuple[int, str, bool]]:
    """(line number, line, in a license section) of every line of a card's license sections, then of
    every paragraph elsewhere that states a license (`_license_paragraphs`), in that order (read once
    per card: the stated and the binding licenses are looked for in the same lines)."""
    return ctx.cached(("license-lines", id(doc)), lambda: _read_license_lines(ctx, doc))


def _read_license_lines(ctx: ProbeContext, doc: Document) -> list[tuple[int, str, bool]]:
    covered: list[tuple[int, int]] = []
    out: list[tuple[int, str, bool]] = []
    for sec in ctx.sections(doc):
        if is_model_license_title(sec.title):
            covered.append((sec.line, sec.end))
            # lines of the section body count from the line after its heading
            out += [(sec.line + k, ln, True) for k, ln in enumerate(sec.body.splitlines(), start=1)]
    for sec in _license_rows(ctx, doc):
        covered.append((sec.line, sec.end))
        out.append((sec.line, sec.body, True))  # the value, on the row's own line
    for first, text in _license_paragraphs(ctx, doc, covered):
        out += [(first + k, ln, False) for k, ln in enumerate(text.splitlines())]
    return out


def bound_in_card(ctx: ProbeContext) -> list[tuple[LicenseEntry, Evidence]]:
    """(catalog entry, evidence) of each license the card says the model is bound by, in its license
    sections and license lines, whatever it declares besides: "As this model is based on Llama 2, it is
    also subject to the Meta Llama 2 license terms", "it must adhere to the [license](<official
    address>) from ...". Binding documents add up (the most restrictive governs), so such a line binds
    as the license it names does; "not subject to", "unlike" do not bind."""
    out: list[tuple[LicenseEntry, Evidence]] = []
    for doc in ctx.cards:
        for n, line, _ in _license_lines(ctx, doc):
            if not _BOUND.search(line) or _NOT_BOUND.search(line):
                continue
            found = _model_license(line, _NAMED, require=_BOUND)
            if found is not None and all(found is not e for e, _ in out):
                out.append((found, ctx.evidence(doc, n, line, "license the model card says binds the model")))
    return out


# a line that binds the model to a license: "is also subject to", "must comply with", "adhere to"
_BOUND = re.compile(
    r"\b(subject to|compl(y|ies|iance) with|adhere to|abide by|governed by|bound by|"
    r"follow(s|ing)? the (terms|licen[cs]e)|under the terms of)\b",
    re.IGNORECASE,
)
_NOT_BOUND = re.compile(
    r"\bnot\b[^.;]{0,30}\b(subject|bound|governed|compl(y|ies)|adhere)\b|\bunlike\b|\binstead of\b|"
    r"\bno longer\b",
    re.IGNORECASE,
)


def _model_license(
    line: str, pattern: re.Pattern[str], require: re.Pattern[str] | None = None
) -> LicenseEntry | None:
    """The catalog license a line states for the model: a well-known license's name (`pattern`), a
    license's title in the catalog, or a link to a catalogued license's official text; with
    `require`, only in a part of the line that `require` matches."""
    cat = load_catalog()
    # each part of a line that gives the code and the weights their own terms ("The code is released
    # under Apache-2.0, while the use of the model weights must comply with the Model License") is
    # read on its own
    for part in _PARTS.split(line):
        words = _ADDRESS.sub(" ", part)  # what the part says, not the addresses it links ("stable-code-3b")
        if _DATA_TERMS.search(words) or (_CODE_ONLY.search(words) and not _MODEL_WORDS.search(words)):
            continue
        if require is not None and not require.search(part):
            continue
        m = pattern.search(part)
        spdx = stated_license(f"licensed under {m.group(1)}") if m else None
        found = (
            (cat.by_spdx(spdx) if spdx else None) or entry_named_in(part, cat) or entry_linked_in(part, cat)
        )
        if found is not None:
            return found
    return None


_PARTS = re.compile(
    r"[,;]\s+(?:while|whereas|whilst|but)\s+|;\s+|\s+(?:while|whereas|whilst)\s+", re.IGNORECASE
)
