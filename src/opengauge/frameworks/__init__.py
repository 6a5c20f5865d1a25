"""Frameworks: each turns findings (never a Release) into one framework's `Verdict`.

- `osai`: European Open Source AI Index (12 parameters; legacy 14 in the details)
- `mof`: Model Openness Framework (17 components, Class I/II/III)
- `osaid`: OSI Open Source AI Definition 1.0 (passes or not, with what is missing)
- `g7`: the G7 labels, opengauge's headline label
- `eu_ai_act`: the Art. 53(2) open-source exemption indicator (not legal advice)
"""

from __future__ import annotations

from collections.abc import Sequence

from opengauge.frameworks import eu_ai_act, g7, mof, osai, osaid
from opengauge.frameworks.common import Findings, FindingsLike
from opengauge.model import Assessment, Verdict

FRAMEWORKS = {
    "osai": osai.evaluate,
    "mof": mof.evaluate,
    "osaid": osaid.evaluate,
    "g7": g7.evaluate,
    "eu-ai-act": eu_ai_act.evaluate,
}


def evaluate_all(findings: FindingsLike, parents: Sequence[Assessment] = ()) -> list[Verdict]:
    """Every framework's verdict on the same findings (and the assessed base models, nearest first),
    in a fixed order; the findings indexed once for all of them."""
    f = Findings.of(findings)
    return [fn(f, parents) for fn in FRAMEWORKS.values()]


__all__ = ["FRAMEWORKS", "evaluate_all", "eu_ai_act", "g7", "mof", "osai", "osaid"]
