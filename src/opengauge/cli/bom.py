"""`opengauge bom REF` (AI bill of materials) and `opengauge badge REF` (README badge)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from opengauge.cli.common import paragraphs
from opengauge.errors import InputError

BOM_HELP = paragraphs(
    """
Write an AI bill of materials for a model release: CycloneDX 1.6 ML-BOM (JSON) or SPDX 3.0.1
JSON-LD with the AI and Dataset profiles.

The model with its card facts (task, datasets, evaluation results, limitations), its licenses (the
card's declared license and opengauge's reading of the governing terms), its base models (CycloneDX
pedigree ancestors, SPDX descendantOf), and opengauge's label, OSAI score and MOF class as
properties; evidence URLs as external references. Only facts the release states: an absent fact is
left out. Both are validated before they are written. Needs the `bom` extra: pip install
'opengauge[bom]'.
"""
)

BADGE_HELP = paragraphs(
    """
Write a README badge of a release's headline label: an SVG (the website's style) or, with --format
shields, the JSON a shields.io endpoint badge reads. With --score the OSAI score is shown too.
"""
)


def _assessed(ref: str, lineage: bool):  # noqa: ANN202 - (document, release, assessment), lazily imported
    from opengauge.document import assessment_document
    from opengauge.index.run import index_assessor
    from opengauge.sources import resolve

    target = ref if not Path(ref).is_dir() or ref.startswith(("/", ".")) else "./" + ref
    release = resolve(target, lineage_depth=5 if lineage else 0)
    assessment = index_assessor().assess(release)
    return assessment_document(assessment, problems=release.problems), release, assessment


def _write(output: str | None, text: str) -> None:
    if not output or output == "-":
        sys.stdout.write(text)
        return
    target = Path(output)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


def bom_command(
    ref: str = typer.Argument(..., metavar="REF", help="Release reference, folder or snapshot file."),
    format: str = typer.Option("cyclonedx", "--format", "-f", metavar="cyclonedx|spdx", help="BOM standard."),
    output: str = typer.Option(None, "--output", "-o", metavar="FILE", help="Write here (default: stdout)."),
    lineage: bool = typer.Option(True, "--lineage/--no-lineage", help="Read the base models (network)."),
) -> None:
    from opengauge.formats.bom import cyclonedx_json, gather, spdx_json

    fmt = format.lower()
    if fmt not in ("cyclonedx", "spdx"):
        raise InputError(f"--format {format!r}: choose cyclonedx or spdx")
    doc, release, assessment = _assessed(ref, lineage)
    facts = gather(doc, release, assessment)
    _write(output, cyclonedx_json(facts) if fmt == "cyclonedx" else spdx_json(facts))


def badge_command(
    ref: str = typer.Argument(..., metavar="REF", help="Release reference, folder or snapshot file."),
    format: str = typer.Option("svg", "--format", "-f", metavar="svg|shields", help="svg or shields (JSON)."),
    output: str = typer.Option(None, "--output", "-o", metavar="FILE", help="Write here (default: stdout)."),
    score: bool = typer.Option(False, "--score", help="Show the OSAI score on the badge."),
    lineage: bool = typer.Option(True, "--lineage/--no-lineage", help="Read the base models (network)."),
) -> None:
    from opengauge.formats.badge import badge_svg, shields_endpoint_json

    fmt = format.lower()
    if fmt not in ("svg", "shields"):
        raise InputError(f"--format {format!r}: choose svg or shields")
    doc, _release, _assessment = _assessed(ref, lineage)
    pct = doc.frameworks.osai.score * 100 if score else None
    if fmt == "svg":
        _write(output, badge_svg(doc.label, score=pct) + "\n")
    else:
        _write(output, shields_endpoint_json(doc.label, score=pct))


def register(app: typer.Typer) -> None:
    app.command("bom", help=BOM_HELP)(bom_command)
    app.command("badge", help=BADGE_HELP)(badge_command)
