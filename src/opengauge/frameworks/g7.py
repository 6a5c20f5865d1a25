"""The G7 shared language on AI openness (29 May 2026): the headline label.

Evaluated from the strongest label down: open-source-ai-with-open-data, open-source-ai,
open-weights, weights-available; opengauge adds `closed` (no weights) and `undetermined` (the
deciding evidence is unknown; the reason says which). "Open source license" is read as
OSI-approved for code and, for weights, terms that pass the OSAID parameter test (no field-of-use,
user-count, revenue or use-policy restriction).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from opengauge.frameworks.common import (
    Findings,
    FindingsLike,
    clause_receipt,
    document_name,
    first_of_each_type,
)
from opengauge.model import Assessment, Label, Level, Verdict, trained_bases
from opengauge.textio import clip

INTERPRETATION = (
    "open source license = OSI-approved for code; for weights, terms granting use, study, modification "
    "and sharing for any purpose (OSAID parameter test)"
)
_ANY = (Level.OPEN, Level.PARTIAL)


def _verdict(label: Label, reason: str, missing: list[str], details: dict[str, Any]) -> Verdict:
    return Verdict(
        framework="g7",
        label=label,
        missing=missing,
        findings=[
            "weights-published",
            "weights-license",
            "inference-code",
            "training-code",
            "code-license",
            "data-processing-code",
            "training-data",
            "data-documentation",
            "lineage",
        ],
        details={"label": label, "reason": reason, "interpretation": INTERPRETATION, **details},
    )


def _bounded_by_bases(own: Verdict, name: str, parents: Sequence[Assessment]) -> Verdict:
    """An Open Source AI label no higher than the labels of the models the release is built on. The
    label's training code and data are those of the whole model: the weights of a fine-tune, adapter,
    quantization or merge carry what its base models learnt, so the base's training code and data
    are part of the preferred form for modifying it (OSAID 1.0: data information, code and parameters
    of the system). A derivative of an open-weights base is open-weights, whatever its own tuning
    stage publishes; of an Open Source AI base, at most Open Source AI. (Licenses are not capped here:
    a base's terms bind through the weights' license, and a rights holder may relicense its own model.) A
    quantization or a merge among the bases is looked through to the models it copies or combines
    (`model.trained_bases`): it was not trained, so their openness is its."""
    own_label = Label(own.label)
    lower = [p for p in trained_bases(list(parents)) if p.label.rank > own_label.rank]
    if not lower:
        return own
    worst = max(lower, key=lambda p: p.label.rank)
    capped = Label.OPEN_SOURCE_AI if worst.label is Label.OPEN_SOURCE_AI else Label.OPEN_WEIGHTS

    def said(p: Assessment) -> str:
        lacks = v.missing if (v := p.verdict("g7")) is not None else []
        return f"{p.release_ref} is {p.label}" + (f", lacking {'; '.join(lacks)}" if lacks else "")

    reason = (
        f"The weights and deployment code are released under open terms ({name}), and so are the "
        f"release's own training code and data, but it is built on a less open model "
        f"({'; '.join(said(p) for p in lower)}): a model is no more open than the models it is built on."
    )
    missing = [f"the base model's openness: {p.release_ref} ({p.label})" for p in lower]
    return _verdict(capped, reason, missing, {"bounded_by": [p.release_ref for p in lower]})


def _need(what: str, level: Level) -> tuple[str, bool]:
    """What Open Source AI still needs, and whether it only could not be read (its probe's level unknown)."""
    unread = level is Level.UNKNOWN
    return what + (" (it could not be read)" if unread else ""), unread


def evaluate(findings: FindingsLike, parents: Sequence[Assessment] = ()) -> Verdict:
    f = Findings.of(findings)
    weights = f.level("weights-published")
    lic = f.level("weights-license")
    terms = f.terms()
    name = (
        (
            terms.name
            or terms.license_id
            or f"the terms in {document_name(terms.path or terms.evidence.source)}"
        )
        if terms
        else "the terms in an unidentified document"
    )
    if weights is Level.CLOSED:
        return _verdict(Label.CLOSED, "The weights are not published.", ["publish the weights"], {})
    if weights is Level.UNKNOWN:
        return _verdict(
            Label.UNDETERMINED,
            "Whether the weights are published could not be established: " + f.reason("weights-published"),
            ["evidence that the weights are published"],
            {},
        )
    # open own terms over a base that could not be examined: the lineage rule below names the base
    unexamined = f.data("weights-license").get("unexamined")
    if lic is Level.UNKNOWN and not unexamined:
        return _verdict(
            Label.UNDETERMINED,
            "The weights are published but their license could not be decided: "
            + f.reason("weights-license"),
            ["a license for the weights that can be read"],
            {},
        )
    deploy = f.level("inference-code") in _ANY
    if lic is Level.CLOSED and f.data("weights-license").get("no_license"):
        # no license at all is the most restrictive terms there are: nothing is granted
        return _verdict(
            Label.WEIGHTS_AVAILABLE,
            f.reason("weights-license")
            + " With its weights published, the release is weights-available, not open."
            + ("" if deploy else " No deployment code was found either."),
            ["publish a license for the weights"],
            {"deployment_code": deploy},
        )
    if lic is Level.CLOSED or terms is None or not terms.verdict.is_open:
        src = f" (inherited from {terms.inherited_words()}" if terms and terms.inherited_from else ""
        if src:
            src += f", read from the {terms.via})" if terms and terms.via else ")"
        clauses = first_of_each_type(terms) if terms else []
        if clauses:
            # every blocking clause, most consequential first (the user cap before the branding rule),
            # each with its document and line; the first one quoted
            what = "; ".join(clause_receipt(c, quote=i == 0) for i, c in enumerate(clauses))
            missing = [f"remove the {clause_receipt(c)}" for c in clauses]
        else:
            # without typed terms (a reviewed finding), the finding's own reason says what restricts them
            what = str(terms.verdict) if terms else f.reason("weights-license").rstrip(".")
            missing = [f"remove the restrictions of {name}: {what}"]
        reason = (
            f"The weights are published under {name}{src}, whose terms are not open source: {what}. "
            "The release is weights-available, not open."
        )
        if not deploy:
            reason += " No deployment code was found either."
        return _verdict(Label.WEIGHTS_AVAILABLE, reason, missing, {"deployment_code": deploy})
    lineage = f.data("lineage")
    if (f.level("lineage") is Level.UNKNOWN and lineage.get("base")) or unexamined:
        # never a kinder label than the evidence: a derivative's open license says nothing of the
        # terms its base model binds it to
        bases = ", ".join(lineage.get("unexamined") or unexamined or [lineage["base"]])
        return _verdict(
            Label.UNDETERMINED,
            f"The weights are under {name}, an open license, but the release is derived from {bases}, "
            "whose terms could not be examined (not fetched, not in the opengauge index); a base model's "
            "license can bind its derivatives.",
            [f"the terms of the base model {bases}"],
            {},
        )
    if not deploy:
        return _verdict(
            Label.UNDETERMINED,
            f"The weights are under {name}, an open license, but "
            + (
                "every G7 label requires deployment (inference) code, and "
                + (why := f.reason("inference-code"))[:1].lower()
                + why[1:]
                if f.level("inference-code") is Level.UNKNOWN
                else "no deployment (inference) code was found, which every G7 label requires."
            ),
            ["deployment code"],
            {},
        )
    code_lic = f.data("code-license")
    code_ok = bool(code_lic.get("all_osi")) or f.level("code-license") is Level.OPEN
    training = f.level("training-code") is Level.OPEN and f.level("data-processing-code") in _ANY
    td = f.data("training-data")
    # "Open Source AI with Open Data" releases the full training data itself; the G7 text asks for data
    # information only "where sharing is legally or technically impossible", in place of the data that
    # is not released. So a datasheet is needed only when not all of the data is released.
    full_data = f.level("training-data") is Level.OPEN and bool(td.get("all_open"))
    # the G7 exception is narrower than OSAID's: data that is not released is admitted only "where sharing
    # is legally or technically impossible" (frameworks.md §4), so a release whose data is withheld needs the
    # card to say why it cannot be shared. Data that is all public (whatever its licences) is released, and
    # so is a processed part of public data when the code that processed it is published (it can be
    # rebuilt); data kept internal, or a public slice of larger unreleased data, is not
    # a dataset behind a gate that waits on the publisher's approval is not released: it is shared with
    # whom the publisher chooses (held-out release round 17, a corpus gated "to keep track of how it is used")
    approval = any(d.get("approval") for d in td.get("datasets") or [])
    released = f.level("training-data") is Level.OPEN or (
        bool(td.get("all_public"))
        and not approval
        and not any(td.get(k) for k in ("internal", "parts"))
        and (not td.get("reduced") or f.level("data-processing-code") is Level.OPEN)
    )
    excused = released or bool(td.get("unshareable"))
    listed = f.level("training-data") in _ANY
    described = f.level("data-documentation") in _ANY
    data_info = (listed and (full_data or (described and excused))) or f.unshareable_documented()
    # what Open Source AI still needs, each with whether it is known to be missing or only could not be read
    needs: list[tuple[str, bool]] = []
    if f.level("training-code") is not Level.OPEN:
        needs.append(_need("complete training code", f.level("training-code")))
    if f.level("data-processing-code") not in _ANY:
        needs.append(_need("data-processing code", f.level("data-processing-code")))
    if not code_ok and not code_lic.get("repos"):
        if training:
            # the complete code was found, yet no licence of it was read: its terms are not known, never
            # assumed (nor left unsaid: without this the label named nothing it lacked)
            needs.append(("an identifiable OSI-approved license on the code", True))
    elif not code_ok:
        unread = f.level("code-license") is Level.UNKNOWN
        needs.append(
            (
                "an identifiable OSI-approved license on the code"
                if unread
                else "an OSI-approved license on the code",
                unread,
            )
        )
    if not data_info:
        if listed and f.level("data-documentation") is Level.UNKNOWN:
            needs.append(("data information (the training data's documentation could not be read)", True))
        elif listed and described:  # so not excused
            needs.append(
                (
                    "the training data, or a stated legal or technical reason why what is withheld cannot be "
                    "shared (the G7 exception)",
                    False,
                )
            )
        elif td.get("unshareable") and f.data("data-documentation").get("eu_summary_only"):
            needs.append(
                (
                    "data information: a listing of all the training data (the EU AI Act's public summary of "
                    "training content lists only the largest public datasets and the top domains)",
                    False,
                )
            )
        else:
            unread = f.level("training-data") is Level.UNKNOWN
            needs.append(("data information (list and description of the training data)", unread))
    # weights released only on the publisher's manual approval are open weights at most
    manual_gate = f.asks_permission()
    if manual_gate:
        needs.append(
            ("weights downloadable without asking permission (the download waits on manual approval)", False)
        )
    missing = [what for what, _ in needs]
    if training and code_ok and data_info and not manual_gate:
        if full_data:
            own = _verdict(
                Label.OPEN_SOURCE_AI_WITH_OPEN_DATA,
                f"Weights under {name}, deployment and training code under OSI-approved licenses, and "
                "every training dataset published under an open license.",
                [],
                {},
            )
        else:
            said = (
                "training data is listed and documented (not all of it is released under open terms)."
                if listed
                else "training data, which the card says cannot be shared ("
                + clip(str(td.get("unshareable")), 100)
                + "), is described in full in a datasheet."
            )
            own = _verdict(
                Label.OPEN_SOURCE_AI,
                f"Weights under {name}, deployment and training code under OSI-approved licenses, and the "
                + said,
                ["the full training data under open terms"],
                {},
            )
        return _bounded_by_bases(own, name, parents)
    if needs and all(unread for _, unread in needs):
        # nothing Open Source AI needs is known to be missing: what it needs could not be read, so the label
        # is not decided (at least open weights; never the lower label stated as if it were known)
        return _verdict(
            Label.UNDETERMINED,
            f"The weights and deployment code are released under open terms ({name}), so the release is at "
            "least open weights; whether it is Open Source AI is not established: "
            + "; ".join(missing)
            + ".",
            missing,
            {"at_least": str(Label.OPEN_WEIGHTS)},
        )
    return _verdict(
        Label.OPEN_WEIGHTS,
        f"The weights and deployment code are released under open terms ({name}), but "
        + "; ".join(missing)
        + (" is" if len(missing) == 1 else " are")
        + " missing for Open Source AI.",
        missing,
        {},
    )
