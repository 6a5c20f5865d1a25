"""The types of the reviewed index: an entry (facts + reviews) and one reviewed judgment."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from opengauge.model import Label, Level, Release

OSAI_URL = "https://osai-index.eu"
OSAI_CITATION = (
    "Liesenfeld, A. and Dingemanse, M. (2024). Rethinking open source generative AI: open-washing and "
    "the EU AI Act. FAccT '24, 1774-1787. doi:10.1145/3630106.3659005"
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Review(_Frozen):
    """A reviewer's judgment on one point automation cannot decide, with its receipt."""

    target: str
    """An OSAI parameter name, `label`, or `probe:<probe-id>`."""
    level: Level | None = None
    """The reviewed level (open/partial/closed/unknown) for a parameter or probe."""
    label: Label | None = None
    """The reviewed headline label, when `target` is `label`."""
    evidence: str
    """The http(s) URL the judgment rests on."""
    note: str
    """Why, in this project's own words."""
    checked: str
    """The date (YYYY-MM-DD) a reviewer last checked the evidence."""
    source: str | None = None
    """`osai-index` when the judgment was informed by the European Open Source AI Index (CC-BY 4.0)."""

    @property
    def value(self) -> str:
        """The reviewed label (for a `label` review) or level."""
        if self.target != "label":
            return self.level or Level.UNKNOWN
        if self.label is None:  # the index schema requires `label` in a label review
            raise ValueError("a `label` review without a label")
        return self.label


class Attribution(_Frozen):
    """Credit owed to a data source the entry's reviews draw on."""

    source: str
    url: str
    license: str
    citation: str


class IndexEntry(_Frozen):
    """One model of the built-in index."""

    schema_: str = Field(alias="schema")
    id: str
    name: str
    organisation: str
    type: str
    """Model type: text, code, multimodal, image, audio or video."""
    family: str
    released: str | None = None
    corpus: str | None = None
    """Folder of the shared release corpus the facts were derived from, if any."""
    osai: str | None = None
    """File stem of the OSAI-index family file this model belongs to, if any."""
    checked: str
    aliases: list[str] = Field(default_factory=list)
    """Other Hub ids the release is known by (renamed repositories)."""
    attribution: list[Attribution] = Field(default_factory=list)
    release: Release
    reviews: list[Review] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @property
    def closed_reference(self) -> bool:
        """True for a closed model kept as a reference point (no Hub repo)."""
        return self.release.source == "index"
