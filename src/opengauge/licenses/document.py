"""The `opengauge.license/1` document as a typed model: the schema of one license reading as
`opengauge license --format json` prints it and as an assessment carries its governing license.
The one builder is `document_json.license_json` (plain dicts, so that the license reader needs no
pydantic), used for texts read clause by clause and for terms known without a text (a catalog
entry, a declared id, the gate's settings); `license_document` is its output as this model."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from opengauge.enums import Freedom, LicenseVerdict
from opengauge.licenses.document_json import SCHEMA, FreedomStatus, license_json


class _Frozen(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, use_attribute_docstrings=True
    )


class LicenseInfo(_Frozen):
    id: str | None = None
    """Catalog id of the identified text (or the declared id when the catalog does not know it)."""
    name: str | None = None
    family: str | None = None
    spdx: str | None = None
    kind: str | None = None
    """`license`, `use-policy` or `notice`, when known."""
    confidence: float = 0.0


class LicenseClause(_Frozen):
    type: str
    """A clause type of the taxonomy (`opengauge license` lists them)."""
    name: str | None = None
    freedom: Freedom | None = None
    blocks_open_source: bool | None = None
    line: int | None = None
    quote: str = ""
    span: list[int] | None = None
    document: str | None = None


class FreedomRead(_Frozen):
    """One of the four freedoms as read from the grant of a text the catalog does not know."""

    freedom: Freedom
    status: FreedomStatus
    """`granted` (line and quote of the grant), `not-granted` (the grant gives it not, and the text
    reserves what it does not grant: the quote is where the grant stops), or `not-stated` (study
    when the text never mentions the source: it goes with the others unless a clause withholds it;
    or any freedom of a text that grants some and reserves nothing)."""
    line: int | None = None
    quote: str = ""


class PolicyRead(_Frozen):
    """A use policy read together with the license."""

    document: str
    """Where the policy text came from (a path, or `policy-N`)."""
    id: str | None = None
    """Catalog id of the policy, when identified."""
    name: str | None = None


class ReachRead(_Frozen):
    """Where a licence says its derivatives include models distilled from its model."""

    line: int | None = None
    quote: str


class AddedText(_Frozen):
    """A paragraph a text adds after the end of the license it is based on."""

    line: int
    """1-based line of its first line."""
    end: int
    """1-based line of its last line."""
    quote: str
    """The paragraph, white space collapsed."""


class OptionReading(_Frozen):
    """One option of a text that offers a choice between licences ("dual-licensed", "at your option",
    an SPDX `OR` expression), read as that option's terms with the terms the options share."""

    label: str
    """The option's label line, or its column's header in a table of options."""
    line: int
    end: int
    verdict: LicenseVerdict
    summary: str
    blocking: list[str] = Field(default_factory=list)
    """The clause types that block open source under this option."""
    decides: bool = False
    """The most open option, whose verdict is the text's."""


class LicenseDocument(_Frozen):
    """One license reading in the `opengauge.license/1` shape (as `opengauge license --format json`
    prints it)."""

    schema_: Literal["opengauge.license/1"] = Field(alias="schema")
    document: str | None = None
    license: LicenseInfo
    verdict: LicenseVerdict
    summary: str | None = None
    governed_by: str | None = None
    policies: list[PolicyRead] = Field(default_factory=list)
    clauses: list[LicenseClause] = Field(default_factory=list)
    """Clauses read in the text, each with line and quote."""
    based_on: str | None = None
    """For a text that is a catalog license with clauses added: that license's catalog id (the text
    is judged on what it says, not on the name it resembles)."""
    changes: list[LicenseClause] = Field(default_factory=list)
    """The clauses the text adds to the license it is based on, each with line and quote."""
    unclassified: list[AddedText] = Field(default_factory=list)
    """For a text based on a catalog license: paragraphs stating terms after the license's own end
    that no clause detector explains (present only when there are some); the verdict is then
    `unknown`, never the catalog license's."""
    disguised: list[str] = Field(default_factory=list)
    """How the text hides its words (invisible characters, look-alike or styled letters); present
    only when it does. The clauses above were read through the disguise."""
    freedoms: list[FreedomRead] = Field(default_factory=list)
    """For a text the catalog does not know: the four freedoms as its grant gives them (present only
    when the text grants something)."""
    options: list[OptionReading] = Field(default_factory=list)
    """For a text that offers a choice between licences: each option as read (present only then); the
    most open option anyone may choose decides the verdict, and `clauses` are those that bind under it."""
    together: list[str] = Field(default_factory=list)
    """For a text that puts the parts of a release under several licences at once: the catalog ids of those
    that cover the weights; the most restrictive of them joins the verdict."""
    reaches_distilled: ReachRead | None = None
    """Present when the licence counts models distilled from its model, or trained on its outputs, among
    its derivatives (`licenses.reach`): where it says so (no line for the catalog's record of a licence
    known by id). Its terms then bind such a student model as a base model's bind a fine-tune."""
    catalog_clauses: list[LicenseClause] = Field(default_factory=list)
    """For a license known only by catalog id (no text): the clause types the catalog records
    (no line, no quote), never shown as if quoted from a text."""


def license_document(**fields: Any) -> LicenseDocument:
    """`license_json(**fields)` as the typed model (the fields it leaves out are unset)."""
    return LicenseDocument.model_validate(license_json(**fields))


__all__ = [
    "SCHEMA",
    "FreedomRead",
    "LicenseClause",
    "LicenseDocument",
    "LicenseInfo",
    "OptionReading",
    "PolicyRead",
    "ReachRead",
    "license_document",
]
