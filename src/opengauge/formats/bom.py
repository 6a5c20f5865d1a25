"""AI bills of materials: CycloneDX 1.6 ML-BOM (JSON, built with cyclonedx-python-lib) and SPDX 3.0.1
JSON-LD with the AI and Dataset profiles (built with spdx-python-model).

Both are written from one `BomFacts`, gathered from the assessment document and the facts of the
release it judged (card metadata, datasets, base models, documents): nothing is invented, a fact
that is absent is left out (or stated as NOASSERTION where the standard requires a value). The
libraries are the optional extra `bom` (`pip install 'opengauge[bom]'`) and imported only here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from opengauge import __version__
from opengauge.document import AssessmentDocument
from opengauge.errors import OpengaugeError
from opengauge.model import Assessment, DocumentKind, Release

TOOL_URL = "https://github.com/opengauge/opengauge"
MAX_EVIDENCE_URLS = 100


class BomError(OpengaugeError):
    """A BOM cannot be written (the `bom` extra is missing, or the result does not validate)."""


@dataclass
class Metric:
    type: str
    value: str
    dataset: str | None = None
    dataset_type: str | None = None
    task: str | None = None


@dataclass
class Dataset:
    id: str
    url: str | None = None
    license: str | None = None
    gated: bool | str | None = None


@dataclass
class BaseModel:
    ref: str
    relation: str | None = None
    license_spdx: str | None = None
    license_name: str | None = None
    label: str | None = None


@dataclass
class BomFacts:
    ref: str
    name: str
    revision: str | None
    url: str | None
    supplier: str | None
    task: str | None
    declared_license: str | None
    """The card's `license:` value, as written."""
    license_spdx: str | None
    license_name: str | None
    license_id: str | None
    license_verdict: str
    label: str
    label_reason: str
    osai_score: float
    mof_class: str | None
    osaid_passes: bool
    blocking: list[str]
    datasets: list[Dataset] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    base_models: list[BaseModel] = field(default_factory=list)
    limitations: str | None = None
    documents: list[tuple[str, str, str]] = field(default_factory=list)
    """(kind, path, url) of the release's own documents that have a URL."""
    evidence_urls: list[str] = field(default_factory=list)
    created: datetime | None = None


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    s = str(value).strip()
    return s or None


def _metrics(metadata: dict[Any, Any]) -> list[Metric]:
    out: list[Metric] = []
    index = metadata.get("model-index")
    if not isinstance(index, list):
        return out
    for entry in index:
        results = entry.get("results") if isinstance(entry, dict) else None
        for res in results if isinstance(results, list) else []:
            if not isinstance(res, dict):
                continue
            ds: dict[Any, Any] = res["dataset"] if isinstance(res.get("dataset"), dict) else {}
            task: dict[Any, Any] = res["task"] if isinstance(res.get("task"), dict) else {}
            for m in res.get("metrics") or []:
                if not isinstance(m, dict) or _text(m.get("value")) is None:
                    continue
                out.append(
                    Metric(
                        type=_text(m.get("type")) or _text(m.get("name")) or "metric",
                        value=str(m["value"]),
                        dataset=_text(ds.get("name")) or _text(ds.get("type")),
                        dataset_type=_text(ds.get("type")),
                        task=_text(task.get("type")),
                    )
                )
    return out


_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def card_section(text: str, pattern: str, limit: int = 1500) -> str | None:
    """The prose of the first card section whose heading matches `pattern` (to the next heading of
    the same or a higher level), whitespace-normalised and clipped."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _HEADING.match(line)
        if not m or not re.search(pattern, m.group(2), re.I):
            continue
        depth = len(m.group(1))
        body = []
        for nxt in lines[i + 1 :]:
            h = _HEADING.match(nxt)
            if h and len(h.group(1)) <= depth:
                break
            body.append(nxt)
        prose = " ".join(" ".join(body).split())
        if prose:
            return prose if len(prose) <= limit else prose[: limit - 3].rsplit(" ", 1)[0] + "..."
    return None


def gather(doc: AssessmentDocument, release: Release, assessment: Assessment | None = None) -> BomFacts:
    """The facts a BOM states, from the assessment document and its release."""
    meta = release.metadata or {}
    lic = doc.license.license
    parents = {p.release_ref: p for p in (assessment.parents if assessment else [])}
    bases = []
    for ref in release.base_models:
        p = parents.get(ref)
        terms = p.terms if p else None
        bases.append(
            BaseModel(
                ref=ref,
                relation=release.base_model_relation,
                license_spdx=terms.spdx if terms else None,
                license_name=(terms.name or terms.license_id) if terms else None,
                label=p.label.value if p else None,
            )
        )
    card = next((d for d in release.documents if d.kind is DocumentKind.MODEL_CARD), None)
    urls: list[str] = []
    for f in doc.findings:
        for e in f.evidence:
            if e.source.startswith(("https://", "http://")) and e.source not in urls:
                urls.append(e.source)
    declared = meta.get("license")
    owner = release.id.split("/", 1)[0] if release.source in ("hub", "github") and "/" in release.id else None
    return BomFacts(
        ref=release.ref,
        name=release.id,
        revision=release.revision,
        url=release.url,
        supplier=owner,
        task=release.pipeline_tag or _text(meta.get("pipeline_tag")),
        declared_license=", ".join(map(str, declared)) if isinstance(declared, list) else _text(declared),
        license_spdx=lic.spdx,
        license_name=lic.name,
        license_id=lic.id,
        license_verdict=doc.license_verdict.value,
        label=doc.label.value,
        label_reason=doc.label_reason,
        osai_score=doc.frameworks.osai.score,
        mof_class=doc.frameworks.mof.class_,
        osaid_passes=doc.frameworks.osaid.passes,
        blocking=sorted({c.type for c in doc.blocking_clauses}),
        datasets=[Dataset(d.id, d.url, d.license, d.gated) for d in release.datasets],
        metrics=_metrics(meta),
        base_models=bases,
        limitations=card_section(card.text, r"limitation|bias|risk") if card else None,
        # the documents read, not the notebooks read for their code (source code, not documentation)
        documents=[
            (d.kind.value, d.path, d.url)
            for d in release.documents
            if d.url and d.kind is not DocumentKind.NOTEBOOK
        ],
        evidence_urls=urls[:MAX_EVIDENCE_URLS],
        created=doc.created_at,
    )


def _properties(f: BomFacts) -> list[tuple[str, str]]:
    props = [
        ("opengauge:label", f.label),
        ("opengauge:label-reason", f.label_reason),
        ("opengauge:osai-score", f"{f.osai_score:.4f}"),
        ("opengauge:mof-class", f.mof_class or "unclassified"),
        ("opengauge:osaid", "passes" if f.osaid_passes else "fails"),
        ("opengauge:license-verdict", f.license_verdict),
        ("opengauge:tool-version", __version__),
    ]
    props += [("opengauge:blocking-clause", t) for t in f.blocking]
    if f.revision:
        props.append(("opengauge:revision", f.revision))
    return props


def _import_error(exc: ImportError) -> BomError:
    return BomError(
        f"the BOM libraries are not installed ({exc.name}): pip install 'opengauge[bom]'", exit_code=1
    )


# ----------------------------------------------------------------------------- CycloneDX 1.6
_VALIDATORS: dict[bool, Any] = {}
_IRI_BAD = re.compile(r"[\s\x00-\x1f\x7f<>\"{}|\\^`]")


def _iri(value: object) -> bool:
    """A quick IRI-reference check: no space, control or excluded character, and it splits."""
    from urllib.parse import urlsplit

    if not isinstance(value, str):
        return True
    if _IRI_BAD.search(value):
        return False
    try:
        urlsplit(value)
    except ValueError:
        return False
    return True


def cyclonedx_validator(*, full_iri_check: bool = False) -> Any:
    """cyclonedx-python-lib's strict JSON validator for CycloneDX 1.6 (one per process).

    By default its `iri-reference` format check (an Earley parse of RFC 3987, about 0.4 s per URL)
    is replaced by `_iri`; everything else is the library's schema and checker.
    `full_iri_check=True` gives the library's validator unchanged."""
    if full_iri_check in _VALIDATORS:
        return _VALIDATORS[full_iri_check]
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    v = JsonStrictValidator(SchemaVersion.V1_6)
    inner = getattr(v, "_validator", None)  # the library's jsonschema validator (private API)
    mangled = "_BaseJsonValidator__validator"
    if not full_iri_check and inner is not None and hasattr(v, mangled):
        from jsonschema import FormatChecker  # type: ignore[import-untyped]

        checker = FormatChecker()
        checker.checkers = dict(inner.format_checker.checkers)
        for name in ("iri", "iri-reference"):
            if name in checker.checkers:
                checker.checkers[name] = (_iri, ())
        setattr(v, mangled, inner.evolve(format_checker=checker))
    _VALIDATORS[full_iri_check] = v
    return v


def cyclonedx_json(f: BomFacts) -> str:
    """A CycloneDX 1.6 ML-BOM (JSON), validated against the 1.6 schema before it is returned."""
    import json

    try:
        from cyclonedx.model import ExternalReference, ExternalReferenceType, Property, XsUri
        from cyclonedx.model.bom import Bom
        from cyclonedx.model.component import Component, ComponentType, Pedigree
        from cyclonedx.model.contact import OrganizationalEntity
        from cyclonedx.model.license import DisjunctiveLicense
        from cyclonedx.output.json import JsonV1Dot6
        from cyclonedx.spdx import fixup_id
    except ImportError as exc:
        raise _import_error(exc) from None

    def licenses(spdx: str | None, name: str | None) -> list[DisjunctiveLicense]:
        sid = fixup_id(spdx) if spdx else None
        if sid:
            return [DisjunctiveLicense(id=sid)]
        return [DisjunctiveLicense(name=name)] if name else []

    def url(u: str | None) -> XsUri | None:
        return XsUri(u) if u and u.startswith(("https://", "http://")) else None

    model_ref = "model:" + f.ref
    refs = []
    for kind, path, u in f.documents:
        t = {
            "license": ExternalReferenceType.LICENSE,
            "use-policy": ExternalReferenceType.LICENSE,
            "model-card": ExternalReferenceType.MODEL_CARD,
        }.get(kind, ExternalReferenceType.DOCUMENTATION)
        if url(u):
            refs.append(ExternalReference(type=t, url=XsUri(u), comment=path))
    if url(f.url):
        refs.append(ExternalReference(type=ExternalReferenceType.WEBSITE, url=XsUri(f.url or "")))
    for u in f.evidence_urls:
        refs.append(
            ExternalReference(type=ExternalReferenceType.EVIDENCE, url=XsUri(u), comment="opengauge evidence")
        )

    ancestors = [
        Component(
            type=ComponentType.MACHINE_LEARNING_MODEL,
            name=b.ref,
            bom_ref="base:" + b.ref,
            licenses=licenses(b.license_spdx, b.license_name),
            properties=[Property(name="opengauge:label", value=b.label)] if b.label else [],
        )
        for b in f.base_models
    ]
    model = Component(
        type=ComponentType.MACHINE_LEARNING_MODEL,
        name=f.name,
        version=f.revision,
        bom_ref=model_ref,
        supplier=OrganizationalEntity(name=f.supplier) if f.supplier else None,
        licenses=licenses(f.license_spdx, f.license_name or f.license_id or f.declared_license),
        external_references=refs,
        properties=[Property(name=k, value=v) for k, v in _properties(f)],
        pedigree=Pedigree(ancestors=ancestors) if ancestors else None,
    )
    data = []
    for d in f.datasets:
        ds_refs = (
            [ExternalReference(type=ExternalReferenceType.DISTRIBUTION, url=XsUri(d.url))]
            if d.url and url(d.url)
            else []
        )
        props = [Property(name="opengauge:gated", value=str(d.gated).lower())] if d.gated is not None else []
        data.append(
            Component(
                type=ComponentType.DATA,
                name=d.id,
                bom_ref="dataset:" + d.id,
                licenses=licenses(d.license, d.license),
                external_references=ds_refs,
                properties=props,
            )
        )
    bom = Bom(components=[model, *data])
    bom.metadata.tools.components.add(
        Component(type=ComponentType.APPLICATION, name="opengauge", version=__version__)
    )
    if f.created:
        bom.metadata.timestamp = f.created
    out = json.loads(JsonV1Dot6(bom).output_as_string())

    card: dict[str, Any] = {"bom-ref": "modelcard:" + f.ref}
    params: dict[str, Any] = {}
    if f.task:
        params["task"] = f.task
    if f.datasets:
        params["datasets"] = [{"ref": "dataset:" + d.id} for d in f.datasets]
    if params:
        card["modelParameters"] = params
    if f.metrics:
        card["quantitativeAnalysis"] = {
            "performanceMetrics": [
                {k: v for k, v in (("type", m.type), ("value", m.value), ("slice", m.dataset)) if v}
                for m in f.metrics
            ]
        }
    considerations: dict[str, Any] = {}
    if f.limitations:
        considerations["technicalLimitations"] = [f.limitations]
    if f.blocking:
        considerations["ethicalConsiderations"] = [
            {"name": f"license clause that blocks open source: {t}"} for t in f.blocking
        ]
    if considerations:
        card["considerations"] = considerations
    card["properties"] = [{"name": k, "value": v} for k, v in _properties(f)[:5]]
    for comp in out.get("components", []):
        if comp.get("bom-ref") == model_ref:
            comp["modelCard"] = card
    text = json.dumps(out, indent=2, ensure_ascii=False) + "\n"
    error = cyclonedx_validator().validate_str(text)
    if error is not None:
        raise BomError(f"the CycloneDX BOM does not validate: {error}")
    return text


# ----------------------------------------------------------------------------- SPDX 3.0.1
_LICENSE_REF = re.compile(r"[^A-Za-z0-9.-]+")


def spdx_expression(spdx: str | None, fallback: str | None) -> str | None:
    """An SPDX license expression: the SPDX id, else `LicenseRef-<id>` for a license without one."""
    if spdx:
        return spdx
    if fallback:
        return "LicenseRef-" + (_LICENSE_REF.sub("-", fallback).strip("-") or "unknown")
    return None


def spdx_jsonld(f: BomFacts) -> dict[str, Any]:
    """An SPDX 3.0.1 JSON-LD document (AI and Dataset profiles) as a JSON-ready dict."""
    try:
        from spdx_python_model import v3_0_1 as spdx
    except ImportError as exc:
        raise _import_error(exc) from None

    base = "https://opengauge.dev/spdx/" + re.sub(r"[^A-Za-z0-9._/-]+", "-", f.ref) + "/"
    created = (f.created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    objs: list[Any] = []
    n = 0

    def sid(kind: str) -> str:
        nonlocal n
        n += 1
        return f"{base}{kind}-{n}"

    tool = spdx.Tool(spdxId=sid("Tool"), name=f"opengauge {__version__}")
    creator = spdx.Organization(spdxId=sid("Organization"), name="opengauge")
    ci = spdx.CreationInfo(
        _id="_:creationinfo", specVersion="3.0.1", created=created, createdBy=[creator], createdUsing=[tool]
    )
    tool.creationInfo = ci
    creator.creationInfo = ci
    objs += [tool, creator]

    def license_rel(frm: Any, rel: str, expr: str | None, comment: str | None = None) -> None:
        if expr:
            lic = spdx.simplelicensing_LicenseExpression(
                spdxId=sid("License"), creationInfo=ci, simplelicensing_licenseExpression=expr
            )
            objs.append(lic)
            to: Any = lic
        else:
            to = "https://spdx.org/rdf/3.0.1/terms/ExpandedLicensing/NoAssertionLicense"
        r = spdx.Relationship(
            spdxId=sid("Relationship"),
            creationInfo=ci,
            from_=frm,
            to=[to],
            relationshipType=getattr(spdx.RelationshipType, rel),
        )
        if comment:
            r.comment = comment
        objs.append(r)

    def ext_refs(urls: list[tuple[str, str]]) -> list[Any]:
        out = []
        for kind, u in urls:
            if u.startswith(("https://", "http://")):
                out.append(spdx.ExternalRef(externalRefType=getattr(spdx.ExternalRefType, kind), locator=[u]))
        return out

    model = spdx.ai_AIPackage(spdxId=sid("AIPackage"), creationInfo=ci, name=f.name)
    model.software_primaryPurpose = spdx.software_SoftwarePurpose.model
    if f.url and f.url.startswith("http"):
        model.software_downloadLocation = f.url
    if f.revision:
        model.software_packageVersion = f.revision
    if f.url and f.url.startswith("http"):
        model.software_homePage = f.url
    if f.supplier:
        supplier = spdx.Organization(spdxId=sid("Organization"), creationInfo=ci, name=f.supplier)
        objs.append(supplier)
        model.suppliedBy = supplier
    if f.task:
        model.ai_domain = [f.task]
        model.ai_typeOfModel = [f.task]
    if f.limitations:
        model.ai_limitation = f.limitations
    for m in f.metrics:
        key = m.type + (f" ({m.dataset})" if m.dataset else "")
        model.ai_metric.append(spdx.DictionaryEntry(key=key, value=m.value))
    doc_kinds = {"license": "license", "use-policy": "license", "model-card": "documentation"}
    refs = [(doc_kinds.get(kind, "documentation"), u) for kind, _p, u in f.documents]
    refs += [("other", u) for u in f.evidence_urls]
    model.externalRef = ext_refs(refs)
    model.comment = "; ".join(f"{k}={v}" for k, v in _properties(f))
    objs.append(model)
    license_rel(
        model,
        "hasDeclaredLicense",
        spdx_expression(_spdx_id(f.declared_license), f.declared_license),
        "the license the model card declares",
    )
    license_rel(
        model,
        "hasConcludedLicense",
        spdx_expression(f.license_spdx, f.license_id or f.license_name),
        f"opengauge's reading of the governing terms: {f.license_verdict}",
    )
    for d in f.datasets:
        ds = spdx.dataset_DatasetPackage(spdxId=sid("DatasetPackage"), creationInfo=ci, name=d.id)
        ds.software_primaryPurpose = spdx.software_SoftwarePurpose.data
        if d.url and d.url.startswith("http"):
            ds.software_downloadLocation = d.url
        ds.dataset_datasetType = [spdx.dataset_DatasetType.noAssertion]
        if d.gated is False:
            ds.dataset_datasetAvailability = spdx.dataset_DatasetAvailabilityType.directDownload
        elif d.gated:
            ds.dataset_datasetAvailability = spdx.dataset_DatasetAvailabilityType.clickthrough
        objs.append(ds)
        license_rel(ds, "hasDeclaredLicense", spdx_expression(_spdx_id(d.license), d.license))
        license_rel(ds, "hasConcludedLicense", None)
        objs.append(
            spdx.Relationship(
                spdxId=sid("Relationship"),
                creationInfo=ci,
                from_=model,
                to=[ds],
                relationshipType=spdx.RelationshipType.trainedOn,
            )
        )
    tested = sorted({m.dataset for m in f.metrics if m.dataset})
    for name in tested:
        ds = spdx.dataset_DatasetPackage(spdxId=sid("DatasetPackage"), creationInfo=ci, name=name)
        ds.software_primaryPurpose = spdx.software_SoftwarePurpose.data
        ds.dataset_datasetType = [spdx.dataset_DatasetType.noAssertion]
        objs.append(ds)
        license_rel(ds, "hasDeclaredLicense", None)
        license_rel(ds, "hasConcludedLicense", None)
        objs.append(
            spdx.Relationship(
                spdxId=sid("Relationship"),
                creationInfo=ci,
                from_=model,
                to=[ds],
                relationshipType=spdx.RelationshipType.testedOn,
            )
        )
    for b in f.base_models:
        parent = spdx.ai_AIPackage(spdxId=sid("AIPackage"), creationInfo=ci, name=b.ref)
        parent.software_primaryPurpose = spdx.software_SoftwarePurpose.model
        if b.label:
            parent.comment = f"opengauge:label={b.label}"
        objs.append(parent)
        license_rel(parent, "hasDeclaredLicense", None)
        license_rel(parent, "hasConcludedLicense", spdx_expression(b.license_spdx, b.license_name))
        r = spdx.Relationship(
            spdxId=sid("Relationship"),
            creationInfo=ci,
            from_=model,
            to=[parent],
            relationshipType=spdx.RelationshipType.descendantOf,
        )
        if b.relation:
            r.comment = f"base_model_relation: {b.relation}"
        objs.append(r)
    document = spdx.SpdxDocument(
        spdxId=sid("SpdxDocument"),
        creationInfo=ci,
        name=f"AI-BOM of {f.name}",
        profileConformance=[
            spdx.ProfileIdentifierType.core,
            spdx.ProfileIdentifierType.software,
            spdx.ProfileIdentifierType.ai,
            spdx.ProfileIdentifierType.dataset,
            spdx.ProfileIdentifierType.simpleLicensing,
        ],
        rootElement=[model],
        element=[o for o in objs if o is not tool and o is not creator],
    )
    objs.append(document)
    data: dict[str, Any] = spdx.JSONLDSerializer().serialize_data(
        spdx.SHACLObjectSet(objs), force_at_graph=True
    )
    return data


def _spdx_id(value: str | None) -> str | None:
    """The SPDX id a card's `license:` value stands for (the Hub writes them in lower case)."""
    if not value:
        return None
    from cyclonedx.spdx import fixup_id

    return fixup_id(value)


def spdx_json(f: BomFacts) -> str:
    import json

    return json.dumps(spdx_jsonld(f), indent=2, ensure_ascii=False) + "\n"
