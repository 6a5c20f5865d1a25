"""The license engine against the labeled corpus (../shared/corpus/licenses, read at test time).

Asserts, over every labeled file:
- identification: the matched catalog entry has the label's family and version, and its SPDX,
  ScanCode and Hugging Face ids agree wherever the label has one (100 %);
- verdict (100 %);
- clause types: micro recall and precision >= 95 % over (file, type) pairs;
- every clause's line holds the start of its quote, and its span is that quote.

Per-file misses and the figures are printed (run with `-s` to see them on success too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from opengauge.licenses import analyze, load_catalog
from opengauge.licenses.normalize import Normalized
from opengauge.model import LicenseVerdict as VERDICTS

MIN_RECALL = 0.95
MIN_PRECISION = 0.95


@pytest.fixture(scope="module")
def labels(license_corpus: Path) -> list[dict]:
    data = yaml.safe_load((license_corpus / "labels.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, list) and data, "labels.yaml is empty"
    return data


@pytest.fixture(scope="module")
def reports(labels: list[dict], license_corpus: Path) -> dict[str, tuple[str, object]]:
    out = {}
    for label in labels:
        text = (license_corpus / label["file"]).read_text(encoding="utf-8")
        out[label["file"]] = (text, analyze(text, document=label["file"]))
    return out


def test_every_corpus_file_is_labeled(labels: list[dict], license_corpus: Path) -> None:
    files = {p.name for p in license_corpus.glob("*.txt")}
    labeled = {label["file"] for label in labels}
    assert files <= labeled, f"unlabeled corpus files: {sorted(files - labeled)}"


def test_analyze_identifies_every_labeled_file(labels: list[dict], reports: dict) -> None:
    misses = []
    for label in labels:
        entry = reports[label["file"]][1].entry
        if entry is None:
            misses.append(f"{label['file']}: not identified")
            continue
        problems = []
        if entry.family != label["family"]:
            problems.append(f"family {entry.family!r} != {label['family']!r}")
        if (entry.version or None) != (str(label["version"]) if label["version"] is not None else None):
            problems.append(f"version {entry.version!r} != {label['version']!r}")
        if entry.kind != label["kind"]:
            problems.append(f"kind {entry.kind!r} != {label['kind']!r}")
        if label.get("spdx") and entry.spdx != label["spdx"]:
            problems.append(f"spdx {entry.spdx!r} != {label['spdx']!r}")
        if label.get("scancode") and entry.scancode != label["scancode"]:
            problems.append(f"scancode {entry.scancode!r} != {label['scancode']!r}")
        if label.get("hf") and not load_catalog().tags(entry, label["hf"]):
            problems.append(f"hf {label['hf']!r} not in {entry.hf!r}")
        if problems:
            misses.append(f"{label['file']}: matched {entry.id}: " + "; ".join(problems))
    ok = len(labels) - len(misses)
    print(f"\nidentification: {ok}/{len(labels)}")
    for m in misses:
        print("  MISS", m)
    assert not misses, "\n".join(misses)


def test_verdicts(labels: list[dict], reports: dict) -> None:
    misses = []
    for label in labels:
        report = reports[label["file"]][1]
        assert report.verdict in VERDICTS
        if report.verdict != label["verdict"]:
            misses.append(f"{label['file']}: verdict {report.verdict} (expected {label['verdict']})")
    print(f"\nverdicts: {len(labels) - len(misses)}/{len(labels)}")
    for m in misses:
        print("  MISS", m)
    assert not misses, "\n".join(misses)


def test_clause_types_recall_and_precision(labels: list[dict], reports: dict) -> None:
    tp = fp = fn = 0
    lines = []
    for label in labels:
        want = {c["type"] for c in label["clauses"]}
        got = {c.type for c in reports[label["file"]][1].clauses}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        if want != got:
            lines.append(f"{label['file']}: missed {sorted(want - got)} extra {sorted(got - want)}")
    recall = tp / (tp + fn) if tp + fn else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    print(f"\nclause types: recall {recall:.3f} precision {precision:.3f} (tp={tp} fp={fp} fn={fn})")
    for line in lines:
        print("  ", line)
    assert recall >= MIN_RECALL, f"recall {recall:.3f} < {MIN_RECALL}"
    assert precision >= MIN_PRECISION, f"precision {precision:.3f} < {MIN_PRECISION}"


def test_lines_hold_the_start_of_each_quote(reports: dict) -> None:
    bad = []
    for name, (text, report) in reports.items():
        original_lines = text.split("\n")
        norm = Normalized(text)
        for c in report.clauses:
            assert c.quote and c.line >= 1 and c.span is not None
            start, end = c.span
            assert 0 <= start < end <= len(text)
            assert norm.line_of(start) == c.line
            first_word = c.quote.split()[0]
            if first_word not in original_lines[c.line - 1]:
                bad.append(f"{name}:{c.line}: line does not hold {first_word!r} ({c.type})")
            # the quote is the span's words (markup dropped, whitespace collapsed)
            span_words = " ".join(Normalized(text[start:end]).clean.split())
            quote_words = " ".join(Normalized(c.quote).clean.split())
            if not span_words.startswith(quote_words.rstrip(".")[:200]):
                bad.append(f"{name}:{c.line}: quote is not the text of its span ({c.type})")
    for b in bad:
        print("  BAD", b)
    assert not bad, "\n".join(bad[:20])


def test_labeled_quotes_are_found_near_a_reported_clause(labels: list[dict], reports: dict) -> None:
    """Each matched type points at a place in the text; report how often it is the labeled sentence
    (informational: one good hit per type is what the metric counts)."""
    same = total = 0
    for label in labels:
        text, report = reports[label["file"]]
        words = Normalized(text).words
        by_type: dict[str, list] = {}
        for c in report.clauses:
            by_type.setdefault(c.type, []).append(c)
        for lc in label["clauses"]:
            hits = by_type.get(lc["type"])
            if not hits:
                continue
            total += 1
            from opengauge.licenses.normalize import words_of

            want = words_of(lc["quote"])
            if any(want[:40] in words_of(h.quote) or words_of(h.quote)[:40] in want for h in hits):
                same += 1
            assert words_of(hits[0].quote) in words, "a quote must come from the text"
    print(f"\nlabeled quote overlaps a reported quote of its type: {same}/{total}")
    assert total == 0 or same / total > 0.5
