"""`opengauge check` results as text, Markdown (a CI job summary), GitHub workflow commands and
SARIF 2.1.0. Every renderer reads the typed `CheckResult`; untrusted text (quotes, reasons) is
escaped for its target."""

from __future__ import annotations

import posixpath
from typing import Any

from opengauge import __version__
from opengauge.check import CheckResult, Problem
from opengauge.formats.markdown import md_escape

INFORMATION_URI = "https://github.com/opengauge/opengauge"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def _is_url(file: str) -> bool:
    """Not a path inside the checked folder: a URL or a reference such as `gh:org/repo:train.py`."""
    return "://" in file or file.startswith(("hf:", "gh:", "local:"))


def located(file: str, base: str | None) -> str:
    """A release path as seen from where the command runs (`base`: the folder, relative, posix)."""
    if _is_url(file) or not base or base == ".":
        return file
    return posixpath.normpath(posixpath.join(base, file))


def _where(p: Problem, base: str | None) -> str:
    if p.location is None:
        return ""
    f = located(p.location.file, base)
    return f"{f}:{p.location.line}" if p.location.line else f


# ----------------------------------------------------------------------------- text
def print_text(result: CheckResult, out: Any, *, base: str | None = None) -> None:
    """For people, on a rich console."""
    from rich.markup import escape

    verdict = "[bold green]PASS[/bold green]" if result.passed else "[bold red]FAIL[/bold red]"
    mof = f"Class {result.mof_class}" if result.mof_class else "Unclassified"
    out.print(
        f"{verdict} {escape(result.release)}: label {escape(result.label.value)}, OSAI "
        f"{result.osai_score * 100:.1f}%, MOF {mof}, OSAID {'passes' if result.osaid_passes else 'fails'}"
    )
    if result.config:
        out.print(f"requirements from {escape(result.config)}")
    for r in result.requirements:
        mark = "[green]met[/green]    " if r.met else "[red]not met[/red]"
        out.print(f"  {mark} {escape(r.requirement)}  (has: {escape(r.actual)})")
        for p in r.problems:
            where = _where(p, base)
            out.print(f"    - {escape(where) + ': ' if where else ''}{escape(p.message)}")
            if p.front_matter_key:
                out.print(f"      add `{escape(p.front_matter_key)}:` to the card's front matter")
            if p.fix:
                out.print(f"      fix: {escape(p.fix)}")


# ----------------------------------------------------------------------------- markdown
def render_markdown(result: CheckResult, *, base: str | None = None) -> str:
    """A Markdown report (the GitHub Actions job summary)."""
    mof = f"Class {result.mof_class}" if result.mof_class else "Unclassified"
    lines = [
        f"## opengauge check: {'✅ passed' if result.passed else '❌ failed'}",
        "",
        f"**{md_escape(result.release)}**: label `{result.label.value}`, OSAI score "
        f"{result.osai_score * 100:.1f}%, MOF {mof}, OSAID {'passes' if result.osaid_passes else 'fails'}",
        "",
        "| requirement | result | release has |",
        "|---|---|---|",
    ]
    for r in result.requirements:
        lines.append(
            f"| `{md_escape(r.requirement)}` | {'✅ met' if r.met else '❌ not met'} "
            f"| {md_escape(r.actual)} |"
        )
    for r in result.requirements:
        if r.met:
            continue
        lines += ["", f"### `{md_escape(r.requirement)}`: what is missing", ""]
        for p in r.problems:
            where = _where(p, base)
            lines.append(f"- {'`' + md_escape(where) + '`: ' if where else ''}{md_escape(p.message)}")
            if p.front_matter_key:
                lines.append(f"  - add `{md_escape(p.front_matter_key)}:` to the card's front matter")
            if p.fix:
                lines.append(f"  - fix: {md_escape(p.fix)}")
    lines += ["", f"<sub>opengauge {__version__}; an indicator, not legal advice.</sub>", ""]
    return "\n".join(lines)


# ----------------------------------------------------------------------------- GitHub
def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: CheckResult, *, base: str | None = None) -> str:
    """GitHub workflow commands: one `::error` annotation per problem, at its file and line."""
    lines = []
    for r in result.requirements:
        for p in r.problems:
            props = []
            if p.location and not _is_url(p.location.file):
                props.append(f"file={_gh_prop(located(p.location.file, base))}")
                if p.location.line:
                    props.append(f"line={p.location.line}")
            props.append(f"title={_gh_prop('opengauge: ' + r.requirement + ' not met')}")
            msg = p.message + (f" Fix: {p.fix}" if p.fix else "")
            lines.append(f"::error {','.join(props)}::{_gh_data(msg)}")
        if not r.met and not r.problems:
            lines.append(f"::error title={_gh_prop('opengauge')}::{_gh_data(r.requirement + ' not met')}")
    status = "passed" if result.passed else "failed"
    met = sum(r.met for r in result.requirements)
    lines.append(
        f"::notice title=opengauge check {status}::"
        + _gh_data(
            f"{result.release}: label {result.label.value}, {met}/{len(result.requirements)} requirements met"
        )
    )
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- SARIF
def _rule_id(requirement: str) -> str:
    return "opengauge/" + requirement


def render_sarif(result: CheckResult, *, base: str | None = None) -> dict[str, Any]:
    """A SARIF 2.1.0 log: one rule per requirement, one result per problem, located at file and line
    (relative to the folder the command ran in, `%SRCROOT%`)."""
    rules = []
    results = []
    for i, r in enumerate(result.requirements):
        rules.append(
            {
                "id": _rule_id(r.requirement),
                "name": r.requirement,
                "shortDescription": {"text": f"The release meets the requirement {r.requirement}"},
                "helpUri": INFORMATION_URI + "#opengauge-check",
                "defaultConfiguration": {"level": "error"},
            }
        )
        for p in r.problems:
            text = p.message + (f" Fix: {p.fix}" if p.fix else "")
            item: dict[str, Any] = {
                "ruleId": _rule_id(r.requirement),
                "ruleIndex": i,
                "level": "error",
                "message": {"text": text},
            }
            if p.location and ("://" in p.location.file or not _is_url(p.location.file)):
                file = located(p.location.file, base)
                art: dict[str, Any] = (
                    {"uri": file} if _is_url(file) else {"uri": file, "uriBaseId": "%SRCROOT%"}
                )
                phys: dict[str, Any] = {"artifactLocation": art}
                if p.location.line:
                    region: dict[str, Any] = {"startLine": p.location.line}
                    if p.location.quote:
                        region["snippet"] = {"text": p.location.quote}
                    phys["region"] = region
                item["locations"] = [{"physicalLocation": phys}]
            props = {k: v for k, v in (("probe", p.probe), ("clause", p.clause)) if v}
            if p.front_matter_key:
                props["frontMatterKey"] = p.front_matter_key
            if props:
                item["properties"] = props
            results.append(item)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "opengauge",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "the folder opengauge ran in"}}},
                "results": results,
                "properties": {
                    "release": result.release,
                    "passed": result.passed,
                    "label": result.label.value,
                    "osaiScore": result.osai_score,
                    "mofClass": result.mof_class,
                    "osaidPasses": result.osaid_passes,
                },
            }
        ],
    }
