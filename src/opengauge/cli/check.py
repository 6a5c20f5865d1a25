"""`opengauge check [PATH|REF]`: does a release meet its publisher's openness requirements?"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

from opengauge.cli.common import console, paragraphs
from opengauge.errors import InputError

HELP = paragraphs(
    """
Check a model release against openness requirements, for publishers and their CI: exit code 0 when
every requirement is met, 3 when one is not (2 for a bad argument or file, 10-22 when the release
cannot be read).

PATH is a folder laid out like a Hugging Face repo (default: the current folder), or any REF
`opengauge assess` takes (hf:ORG/NAME, gh:OWNER/REPO, a snapshot .json).

Requirements come from --require (repeatable): label=open-source-ai (or any label: the release must
be at least that open), mof=I|II|III, osaid, osai>=0.75, no-blocking-clauses,
param:trainingcode=open (an OSAI parameter), probe:training-data=partial. Without --require they are
read from `.opengauge.yaml` (require: [...]) or `[tool.opengauge]` in pyproject.toml (require =
[...]) in PATH or the current folder; without any, label=open-source-ai.

For each unmet requirement it prints what is missing, how to fix it and where (the LICENSE line of a
blocking clause, the front-matter key to add to README.md). --format text, json (opengauge.check/1),
sarif (SARIF 2.1.0 for code scanning) or github (workflow-command annotations). --sarif FILE and
--summary FILE (Markdown, appended; e.g. $GITHUB_STEP_SUMMARY) write those as well.
"""
)

_FORMATS = ("text", "json", "sarif", "github", "markdown")


def _base(ref: str) -> tuple[str | None, Path | None]:
    """(folder relative to the current one, posix; folder) when REF is a local folder."""
    p = Path(ref)
    if not p.is_dir():
        return None, None
    try:
        rel = os.path.relpath(p.resolve(), Path.cwd().resolve())
    except ValueError:  # another drive
        rel = str(p.resolve())
    rel = Path(rel).as_posix()
    return ("." if rel == "." else rel), p


def check_command(
    ref: str = typer.Argument(".", metavar="[PATH|REF]", help="Model folder (default: .) or release REF."),
    require: list[str] = typer.Option(
        [],
        "--require",
        "-r",
        metavar="REQUIREMENT",
        help="A requirement (repeatable), e.g. label=open-source-ai.",
    ),
    format: str = typer.Option(
        "text", "--format", "-f", metavar="text|json|sarif|github|markdown", help="Output format."
    ),
    sarif: str = typer.Option(None, "--sarif", metavar="FILE", help="Also write the SARIF 2.1.0 log here."),
    summary: str = typer.Option(
        None, "--summary", metavar="FILE", help="Also append the Markdown report here (a job summary)."
    ),
    lineage: bool = typer.Option(True, "--lineage/--no-lineage", help="Read the base models (network)."),
) -> None:
    from opengauge.check import DEFAULT_REQUIREMENTS, check, load_config, parse_requirements
    from opengauge.formats.checkreport import print_text, render_github, render_markdown, render_sarif

    fmt = format.lower()
    if fmt not in _FORMATS:
        raise InputError(f"--format {format!r}: choose one of {', '.join(_FORMATS)}")
    base, folder = _base(ref)
    if folder is None and ref == ".":
        raise InputError("the current folder is not readable as a model folder")
    config = None
    texts = list(require)
    if not texts:
        texts, config = load_config(folder)
    requirements = parse_requirements(texts or DEFAULT_REQUIREMENTS)

    from opengauge.document import assessment_document
    from opengauge.index.run import index_assessor
    from opengauge.sources import resolve

    release = (
        resolve(ref, lineage_depth=5 if lineage else 0) if folder is None else _resolve_folder(ref, lineage)
    )
    assessment = index_assessor().assess(release)
    doc = assessment_document(assessment, problems=release.problems)
    result = check(
        doc,
        assessment,
        requirements,
        release=release,
        path=str(folder) if folder is not None else None,
        config=config,
    )
    if sarif:
        _write(sarif, json.dumps(render_sarif(result, base=base), indent=2, ensure_ascii=False) + "\n")
    if summary:
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(render_markdown(result, base=base))
    if fmt == "json":
        sys.stdout.write(json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "sarif":
        sys.stdout.write(json.dumps(render_sarif(result, base=base), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "github":
        sys.stdout.write(render_github(result, base=base))
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(result, base=base))
    else:
        print_text(result, console(), base=base)
    sys.stdout.flush()
    if not result.passed:
        raise typer.Exit(3)


def _resolve_folder(ref: str, lineage: bool):  # noqa: ANN202 - Release, imported lazily
    from opengauge.sources import resolve

    # a bare folder name could read as a Hub id (org/name): make it a path
    path = ref if ref.startswith(("/", ".")) else "./" + ref
    return resolve(path, lineage_depth=5 if lineage else 0)


def _write(path: str, text: str) -> None:
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


def register(app: typer.Typer) -> None:
    app.command("check", help=HELP)(check_command)
