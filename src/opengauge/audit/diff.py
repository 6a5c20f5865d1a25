"""Comparing two assessments (`opengauge diff A B`) and two license texts (`opengauge license diff`).

A side of a diff is an assessment document plus, when it was read from a release (a reference or
a snapshot), that release, so files and documents can be compared too. Clauses are matched by
type and by their words (whitespace and case folded): a clause whose words changed is listed as
removed in its old wording and added in its new one, under the same type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opengauge.errors import InputError
from opengauge.model import Release
from opengauge.textio import short_revision


@dataclass
class Side:
    name: str
    document: dict[str, Any]
    release: Release | None = None


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def load_side(spec: str, store: Path | None = None) -> Side:
    """A side named by a stored row (with `store`), an assessment JSON file, a snapshot file, or a
    reference (fetched and assessed like `opengauge assess`)."""
    from opengauge.assess import assess
    from opengauge.document import assessment_document

    if store is not None:
        from opengauge.store import Store

        ref, _, rev = spec.partition("@")
        with Store.open(store, read_only=True) as st:
            doc = st.document(ref, rev or None)
        if doc is None:
            raise InputError(f"{spec}: no stored assessment in {store}")
        return Side(spec, doc)
    p = Path(spec)
    if p.suffix == ".json" and p.is_file():
        try:
            data = json.loads(p.read_text("utf-8"))
        except ValueError as exc:
            raise InputError(f"{spec}: not JSON ({exc})") from None
        if isinstance(data, list) and data:
            data = data[0]
        if isinstance(data, dict) and data.get("schema") == "opengauge.assessment/1":
            return Side(spec, data)
    from opengauge.sources import resolve

    release = resolve(spec)
    doc = assessment_document(assess(release), problems=release.problems).to_json()
    return Side(spec, doc, release)


def _clauses(doc: dict[str, Any]) -> list[dict[str, Any]]:
    lic = doc.get("license") or {}
    out = list(lic.get("clauses") or [])
    seen = {(c.get("type"), _norm(c.get("quote") or "")) for c in out}
    for c in doc.get("blocking_clauses") or []:
        if (c.get("type"), _norm(c.get("quote") or "")) not in seen:
            out.append(c)
    return out


def _similar(a: str, b: str) -> float:
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


#: Two clauses of one type whose words overlap this much (Jaccard) are one clause reworded.
SAME_CLAUSE = 0.5


def clause_changes(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> dict[str, Any]:
    """Clauses added, removed and reworded, and the clause types that appeared or went away.

    Within a type, clauses are paired by their words (most similar first); a pair whose words
    differ is `changed` (both quotes), an unpaired clause is `added` or `removed`."""
    slim = ("type", "quote", "line", "document", "blocks_open_source")

    def cut(c: dict[str, Any]) -> dict[str, Any]:
        return {k: c.get(k) for k in slim if c.get(k) is not None}

    added: list[dict[str, Any]] = []
    removed: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    types = list(dict.fromkeys([str(c.get("type")) for c in old + new]))
    for t in types:
        a = [c for c in old if str(c.get("type")) == t]
        b = [c for c in new if str(c.get("type")) == t]
        na = [_norm(str(c.get("quote") or "")) for c in a]
        nb = [_norm(str(c.get("quote") or "")) for c in b]
        pairs = sorted(
            ((_similar(na[i], nb[j]), i, j) for i in range(len(a)) for j in range(len(b))), reverse=True
        )
        used_a: set[int] = set()
        used_b: set[int] = set()
        for score, i, j in pairs:
            if score < SAME_CLAUSE or i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            if na[i] != nb[j]:
                changed.append({"type": t, "old": cut(a[i]), "new": cut(b[j])})
        removed += [cut(c) for i, c in enumerate(a) if i not in used_a]
        added += [cut(c) for j, c in enumerate(b) if j not in used_b]
    old_types = {str(c.get("type")) for c in old}
    new_types = {str(c.get("type")) for c in new}
    return {
        "types_added": sorted(new_types - old_types),
        "types_removed": sorted(old_types - new_types),
        "added": added,
        "removed": removed,
        "changed": changed,
    }


def diff_documents(left: Side, right: Side) -> dict[str, Any]:
    a, b = left.document, right.document
    fa, fb = a["frameworks"], b["frameworks"]
    params = []
    pa, pb = fa["osai"]["parameters"], fb["osai"]["parameters"]
    for name in pa:
        if name in pb and pa[name]["level"] != pb[name]["level"]:
            params.append(
                {
                    "parameter": name,
                    "old": pa[name]["level"],
                    "new": pb[name]["level"],
                    "old_reason": pa[name]["reason"],
                    "new_reason": pb[name]["reason"],
                }
            )
    la, lb = a["license"], b["license"]
    result: dict[str, Any] = {
        "schema": "opengauge.diff/1",
        "old": {"name": left.name, "ref": a["release"]["ref"], "revision": a["release"].get("revision")},
        "new": {"name": right.name, "ref": b["release"]["ref"], "revision": b["release"].get("revision")},
        "label": {"old": a["label"], "new": b["label"], "changed": a["label"] != b["label"]},
        "score": {
            "old": fa["osai"]["score"],
            "new": fb["osai"]["score"],
            "delta": round(fb["osai"]["score"] - fa["osai"]["score"], 4),
        },
        "mof": {"old": fa["mof"].get("class"), "new": fb["mof"].get("class")},
        "osaid": {"old": fa["osaid"]["passes"], "new": fb["osaid"]["passes"]},
        "license": {
            "old": {"id": la["license"].get("id"), "verdict": la["verdict"]},
            "new": {"id": lb["license"].get("id"), "verdict": lb["verdict"]},
        },
        "parameters": params,
        "clauses": clause_changes(_clauses(a), _clauses(b)),
    }
    if left.release is not None and right.release is not None:
        files_a = {f.path for f in left.release.files}
        files_b = {f.path for f in right.release.files}
        docs_a = {d.path: str(d.kind) for d in left.release.documents}
        docs_b = {d.path: str(d.kind) for d in right.release.documents}
        result["files"] = {"added": sorted(files_b - files_a), "removed": sorted(files_a - files_b)}
        result["documents"] = {
            "added": [{"path": p, "kind": docs_b[p]} for p in sorted(set(docs_b) - set(docs_a))],
            "removed": [{"path": p, "kind": docs_a[p]} for p in sorted(set(docs_a) - set(docs_b))],
        }
    else:
        result["files"] = None
        result["documents"] = None
        result["note"] = "files and documents are compared only when both sides are read from a release"
    return result


def license_diff(old_text: str, new_text: str, *, old_name: str, new_name: str) -> dict[str, Any]:
    """Two license texts compared clause by clause (`opengauge.license-diff/1`)."""
    from opengauge.licenses import analyze

    a = analyze(old_text, document=old_name).to_json()
    b = analyze(new_text, document=new_name).to_json()
    return {
        "schema": "opengauge.license-diff/1",
        "old": {"document": old_name, "license": a["license"], "verdict": a["verdict"]},
        "new": {"document": new_name, "license": b["license"], "verdict": b["verdict"]},
        "verdict_changed": a["verdict"] != b["verdict"],
        "clauses": clause_changes(a.get("clauses") or [], b.get("clauses") or []),
    }


def _quote(text: str | None, limit: int = 160) -> str:
    t = re.sub(r"\s+", " ", text or "").strip()
    return t if len(t) <= limit else t[: limit - 3].rsplit(" ", 1)[0] + "..."


def _clause_lines(changes: dict[str, Any]) -> list[str]:
    out = []
    if changes["types_added"]:
        out.append("Clause types added: " + ", ".join(changes["types_added"]))
    if changes["types_removed"]:
        out.append("Clause types removed: " + ", ".join(changes["types_removed"]))
    for sign, key in (("+", "added"), ("-", "removed")):
        for c in changes[key]:
            line = f" line {c['line']}" if c.get("line") else ""
            out.append(f'  {sign} {c["type"]}{line}: "{_quote(c.get("quote"))}"')
    for ch in changes["changed"]:
        line = f" line {ch['new']['line']}" if ch["new"].get("line") else ""
        out.append(
            f"  ~ {ch['type']}{line} reworded: {word_diff(ch['old'].get('quote'), ch['new'].get('quote'))}"
        )
    if not (changes["added"] or changes["removed"] or changes["changed"]):
        out.append("No clause added, removed or reworded.")
    return out


def word_diff(old: str | None, new: str | None, context: int = 4, limit: int = 400) -> str:
    """The words that changed between two quotes, `[-old-]{+new+}`, with a little context."""
    import difflib

    a, b = (old or "").split(), (new or "").split()
    ops = [o for o in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if o[0] != "equal"]
    parts: list[str] = []
    shown = 0  # words of `a` already shown
    for k, (_, i1, i2, j1, j2) in enumerate(ops):
        start = max(shown, i1 - context)
        if start > shown or (k == 0 and start > 0):
            parts.append("...")
        parts += a[start:i1]
        if i2 > i1:
            parts.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(b[j1:j2]) + "+}")
        stop = min(i2 + context, ops[k + 1][1] if k + 1 < len(ops) else len(a))
        parts += a[i2:stop]
        shown = stop
    if shown < len(a):
        parts.append("...")
    text = " ".join(parts)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def render_license_diff(d: dict[str, Any]) -> str:
    from opengauge.audit.report import _clean

    def name(side: dict[str, Any]) -> str:
        lic = side["license"]
        return f"{side['document']}: {lic.get('name') or lic.get('id') or 'unrecognised'} ({side['verdict']})"

    lines = [f"old  {name(d['old'])}", f"new  {name(d['new'])}"]
    lines.append("Verdict changed." if d["verdict_changed"] else "Verdict unchanged.")
    lines += _clause_lines(d["clauses"])
    return _clean("\n".join(lines)) + "\n"


def render_diff(d: dict[str, Any]) -> str:
    from opengauge.audit.report import _clean

    def side(s: dict[str, Any]) -> str:
        rev = f" @ {short_revision(s['revision'])}" if s.get("revision") else ""
        return f"{s['ref']}{rev}"

    lab, sc = d["label"], d["score"]
    lines = [
        f"old  {side(d['old'])}",
        f"new  {side(d['new'])}",
        f"Label: {lab['old']} -> {lab['new']}" if lab["changed"] else f"Label: {lab['new']} (unchanged)",
        f"OSAI score: {sc['old'] * 100:.1f}% -> {sc['new'] * 100:.1f}% ({sc['delta'] * 100:+.1f} points)",
    ]
    if d["mof"]["old"] != d["mof"]["new"]:
        lines.append(f"MOF class: {d['mof']['old']} -> {d['mof']['new']}")
    if d["osaid"]["old"] != d["osaid"]["new"]:
        lines.append(f"OSAID passes: {d['osaid']['old']} -> {d['osaid']['new']}")
    lo, ln = d["license"]["old"], d["license"]["new"]
    if lo != ln:
        lines.append(f"License: {lo['id']} ({lo['verdict']}) -> {ln['id']} ({ln['verdict']})")
    for p in d["parameters"]:
        lines.append(f"{p['parameter']}: {p['old']} -> {p['new']}")
        lines.append(f"    was: {_quote(p['old_reason'], 200)}")
        lines.append(f"    now: {_quote(p['new_reason'], 200)}")
    if not d["parameters"]:
        lines.append("No OSAI parameter moved.")
    lines += _clause_lines(d["clauses"])
    for what in ("files", "documents"):
        ch = d.get(what)
        if ch is None:
            continue
        for sign, key in (("+", "added"), ("-", "removed")):
            for item in ch[key]:
                label = item if isinstance(item, str) else f"{item['path']} ({item['kind']})"
                lines.append(f"  {sign} {what[:-1]} {label}")
    if d.get("note"):
        lines.append(d["note"])
    return _clean("\n".join(lines)) + "\n"
