"""`opengauge evaluate`: how far opengauge agrees with the experts of the European Open Source AI
Index, parameter by parameter — our measure of truth.

Loads the index's per-model YAML files (with `opengauge.experts`), matches each
snapshot to the expert file of its model family, assesses the snapshot (offline) and compares
the 12 parameters: exact agreement, agreement within one level (open > partial > closed, with
our `unknown` counted as closed like the index's score does), and a confusion matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opengauge.errors import OpengaugeError
from opengauge.experts import EXPERT_LEVELS, ExpertDataError, ExpertRating, read_experts
from opengauge.frameworks.osai import PARAMETERS
from opengauge.model import Release
from opengauge.textio import name_key

OUR_LEVELS = ("open", "partial", "closed", "unknown")
_RANK = {"open": 2, "partial": 1, "closed": 0, "unknown": 0}


class EvaluateError(OpengaugeError):
    """The experts' folder or the snapshots folder cannot be used."""

    exit_code = 2


def load_experts(folder: str | Path) -> tuple[list[ExpertRating], list[str]]:
    """Every model file in an OSAI-index folder (read by `opengauge.experts`), and the problems met
    (files skipped, and why)."""
    try:
        found = read_experts(folder)
    except ExpertDataError as exc:
        raise EvaluateError(str(exc)) from None
    return found.ratings, [str(p) for p in found.problems]


def match_expert(release: Release, experts: Sequence[ExpertRating]) -> ExpertRating | None:
    """The expert file of the release's model family: its Hub link (the file's system link), else the
    longest family name (the family name or the file's name) prefixing the release's name; a release
    named exactly as an expert's end model goes to that expert."""
    rated = next((e for e in experts if e.rates([release.id])), None)
    if rated is not None:
        return rated  # the release is the very model the expert file rates
    short = name_key(release.id.split("/")[-1])
    best, best_len = None, 0
    for e in experts:
        for name in (e.name, e.key):
            n = name_key(name)
            if len(n) >= 2 and short.startswith(n) and len(n) > best_len:
                best, best_len = e, len(n)
    return best


@dataclass
class Pair:
    release: str
    expert: str
    ours: dict[str, str]
    theirs: dict[str, str | None]
    our_score: float
    their_score: float
    same_model: bool = False
    """The experts rated this very release, not another member of its family (`ExpertRating.rates`)."""


def compare(pairs: Sequence[Pair]) -> dict[str, Any]:
    """Agreement per parameter and overall, and the confusion matrix (expert rows x our columns);
    `by_match` gives the overall agreement again for the releases the experts rated themselves
    (`same_model`) and for the other members of a rated family (`family`)."""
    result = _agreement(pairs)
    result["by_match"] = {
        "same_model": _agreement([p for p in pairs if p.same_model])["overall"],
        "family": _agreement([p for p in pairs if not p.same_model])["overall"],
    }
    return result


def _agreement(pairs: Sequence[Pair]) -> dict[str, Any]:
    per: dict[str, dict[str, Any]] = {}
    matrix = {e: {o: 0 for o in OUR_LEVELS} for e in EXPERT_LEVELS}
    tot_n = tot_exact = tot_near = 0
    for p in PARAMETERS:
        n = exact = near = 0
        for pair in pairs:
            theirs = pair.theirs.get(p)
            if theirs is None:
                continue
            ours = pair.ours[p]
            n += 1
            exact += ours == theirs
            near += abs(_RANK[ours] - _RANK[theirs]) <= 1
            matrix[theirs][ours] += 1
        per[p] = {
            "n": n,
            "exact": exact,
            "within_one": near,
            "exact_rate": round(exact / n, 3) if n else None,
            "within_one_rate": round(near / n, 3) if n else None,
        }
        tot_n += n
        tot_exact += exact
        tot_near += near
    return {
        "parameters": per,
        "overall": {
            "n": tot_n,
            "exact": tot_exact,
            "within_one": tot_near,
            "exact_rate": round(tot_exact / tot_n, 3) if tot_n else None,
            "within_one_rate": round(tot_near / tot_n, 3) if tot_n else None,
        },
        "confusion": matrix,
        "convention": (
            "within one level: open > partial > closed; our `unknown` counts as closed; "
            "empty expert cells are skipped"
        ),
    }


def evaluate(experts_dir: str | Path, snapshots_dir: str | Path) -> dict[str, Any]:
    """Assess every snapshot whose model family the experts rated, and compare (no network)."""
    from opengauge.document import assessment_document
    from opengauge.index.run import index_assessor
    from opengauge.sources import SourceError, load_snapshot

    experts, problems = load_experts(experts_dir)
    root = Path(snapshots_dir)
    if not root.is_dir():
        raise EvaluateError(f"{root}: not a folder of snapshots")
    pairs: list[Pair] = []
    unmatched: list[str] = []
    assessor = index_assessor()
    for path in sorted(root.glob("*.json")):
        try:
            release = load_snapshot(path)
        except SourceError as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        expert = match_expert(release, experts)
        if expert is None:
            unmatched.append(release.ref)
            continue
        osai = assessment_document(assessor.assess(release)).frameworks.osai
        ours = {p: str(osai.parameters[p].level) for p in PARAMETERS}
        rated = [v for v in expert.levels.values()]
        their_score = sum({"open": 1, "partial": 0.5}.get(v or "", 0) for v in rated) / len(PARAMETERS)
        pairs.append(
            Pair(
                release=release.ref,
                expert=expert.path.name,
                ours=ours,
                theirs=expert.levels,
                our_score=osai.score,
                their_score=round(their_score, 4),
                same_model=expert.rates([release.id]),
            )
        )
    if not pairs:
        raise EvaluateError(f"no snapshot in {root} matches a model of {experts_dir}")
    result = compare(pairs)
    result["models"] = [
        {
            "release": p.release,
            "expert_file": p.expert,
            "our_score": p.our_score,
            "expert_score": p.their_score,
            "agree": sum(1 for k in PARAMETERS if p.theirs.get(k) and p.theirs[k] == p.ours[k]),
            "rated": sum(1 for k in PARAMETERS if p.theirs.get(k)),
            "same_model": p.same_model,
        }
        for p in pairs
    ]
    result["unmatched"] = unmatched
    result["problems"] = problems
    result["note"] = (
        "Experts rate the largest / most recent model of a family; a snapshot of an older or "
        "smaller member is compared with that family rating (by_match: the releases the experts "
        "rated themselves, and the other family members, apart)."
    )
    return result
