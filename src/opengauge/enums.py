"""The enumerations of opengauge's domain (levels, license verdicts, labels, freedoms, document
kinds), with what each value means. Plain `StrEnum`s, no pydantic: the license reader needs them
and starts without pydantic; `opengauge.model` re-exports them with the pydantic models."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """How open one dimension of a release is. `unknown` is not `closed`:
    it means the tool could not tell, and says so."""

    OPEN = "open"
    PARTIAL = "partial"
    CLOSED = "closed"
    UNKNOWN = "unknown"

    @property
    def points(self) -> float:
        """Points in a score (the OSAI index's convention): open 1, partial 0.5, closed and unknown 0."""
        return _LEVEL_POINTS[self]

    @property
    def openness(self) -> int:
        """Position on the open > partial > closed scale (2, 1, 0); unknown sits with closed, as in scores."""
        return int(_LEVEL_POINTS[self] * 2)


_LEVEL_POINTS = {Level.OPEN: 1.0, Level.PARTIAL: 0.5, Level.CLOSED: 0.0, Level.UNKNOWN: 0.0}


class LicenseVerdict(StrEnum):
    """The license engine's verdict on a text (or a catalog entry), from most to least open;
    `use-policy` and `unknown` say what the text is rather than how open it is."""

    OSI_OPEN = "osi-open"
    OPEN_NON_OSI = "open-non-osi"
    RESTRICTED = "restricted"
    NON_COMMERCIAL = "non-commercial"
    RESEARCH_ONLY = "research-only"
    USE_POLICY = "use-policy"
    UNKNOWN = "unknown"

    @property
    def is_open(self) -> bool:
        """Open terms: use, study, modify and share for any purpose (OSI-approved or not)."""
        return self in (LicenseVerdict.OSI_OPEN, LicenseVerdict.OPEN_NON_OSI)

    @property
    def rank(self) -> int:
        """How restrictive the verdict is when several binding documents are read (higher governs):
        a use policy binds less than a license that restricts, research-only most; unknown is -1."""
        return _VERDICT_RANK[self]

    @property
    def words(self) -> str:
        """What the verdict means, for people who are not lawyers."""
        return _VERDICT_WORDS[self]


_VERDICT_RANK = {
    LicenseVerdict.OSI_OPEN: 0,
    LicenseVerdict.OPEN_NON_OSI: 1,
    LicenseVerdict.USE_POLICY: 2,
    LicenseVerdict.RESTRICTED: 3,
    LicenseVerdict.NON_COMMERCIAL: 4,
    LicenseVerdict.RESEARCH_ONLY: 5,
    LicenseVerdict.UNKNOWN: -1,
}
_VERDICT_WORDS = {
    LicenseVerdict.OSI_OPEN: "Open source (an OSI-approved license)",
    LicenseVerdict.OPEN_NON_OSI: "Open terms, but not an OSI-approved license",
    LicenseVerdict.RESTRICTED: "Not open source: commercial use is allowed but some clauses restrict it",
    LicenseVerdict.NON_COMMERCIAL: "Not open source: commercial use is not allowed",
    LicenseVerdict.RESEARCH_ONLY: "Not open source: only research or evaluation use is allowed",
    LicenseVerdict.USE_POLICY: "A use policy (a list of forbidden uses), not a license",
    LicenseVerdict.UNKNOWN: "Unknown: the text was not recognised and no clause decides",
}


class Label(StrEnum):
    """The headline label (the G7 shared language of 29 May 2026, plus `closed` and `undetermined`),
    in ranking order: most open first; `undetermined` ranks above `closed` (it is not a no)."""

    OPEN_SOURCE_AI_WITH_OPEN_DATA = "open-source-ai-with-open-data"
    OPEN_SOURCE_AI = "open-source-ai"
    OPEN_WEIGHTS = "open-weights"
    WEIGHTS_AVAILABLE = "weights-available"
    UNDETERMINED = "undetermined"
    CLOSED = "closed"

    @property
    def rank(self) -> int:
        """0 for the most open label, counting up."""
        return list(Label).index(self)

    @property
    def is_open_source(self) -> bool:
        return self in (Label.OPEN_SOURCE_AI_WITH_OPEN_DATA, Label.OPEN_SOURCE_AI)

    @property
    def text(self) -> str:
        """Short display text."""
        return _LABEL_TEXT[self]

    @property
    def meaning(self) -> str:
        """One sentence a reader understands."""
        return _LABEL_MEANING[self]


_LABEL_TEXT = {
    Label.OPEN_SOURCE_AI_WITH_OPEN_DATA: "open source AI + open data",
    Label.OPEN_SOURCE_AI: "open source AI",
    Label.OPEN_WEIGHTS: "open weights",
    Label.WEIGHTS_AVAILABLE: "weights available",
    Label.UNDETERMINED: "undetermined",
    Label.CLOSED: "closed",
}
_LABEL_MEANING = {
    Label.OPEN_SOURCE_AI_WITH_OPEN_DATA: (
        "Weights, code and the full training data are released under open source terms."
    ),
    Label.OPEN_SOURCE_AI: (
        "Weights and code are open source; data that cannot be shared is described in full instead."
    ),
    Label.OPEN_WEIGHTS: (
        "The weights and deployment code are under an open source license, "
        "but training code or data are missing."
    ),
    Label.WEIGHTS_AVAILABLE: (
        "The weights can be downloaded, but their license restricts who may use them, or how."
    ),
    Label.UNDETERMINED: "The evidence cannot decide; the page says what is missing.",
    Label.CLOSED: "No weights are published; the model is reachable only as a service.",
}


class Freedom(StrEnum):
    """The four freedoms of the Open Source (AI) Definition."""

    USE = "use"
    STUDY = "study"
    MODIFY = "modify"
    SHARE = "share"


class DocumentKind(StrEnum):
    """What role a text plays in a release."""

    LICENSE = "license"
    USE_POLICY = "use-policy"
    NOTICE = "notice"
    MODEL_CARD = "model-card"
    GATED_PROMPT = "gated-prompt"
    README = "readme"
    CONFIG = "config"
    OTHER = "other"
    NOTEBOOK = "notebook"
    """A Jupyter notebook of the model repository: its text is the source of its code cells
    (`sources.documents.notebook_code`), read for what the code does, never as prose."""
