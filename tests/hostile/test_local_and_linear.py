"""Hostile local folders (no hang, no leak) and linear text scans (long lines, long lists)."""

from __future__ import annotations

import os
import socket

import pytest

from opengauge.model import Document, DocumentKind, Release
from opengauge.probes.context import ProbeContext, scan_text, sections_of
from opengauge.sources import resolve
from opengauge.textio import clip
from tests.hostile.hang import finishes

CANARY = "CANARY-7f3a-OUTSIDE-FILE"
CARD = "---\nlicense: mit\n---\n# M\n\nSome text.\n"


def _folder(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "README.md").write_text(CARD)
    (tmp_path / "outside.txt").write_text(f"{CANARY}: non-commercial use only\n")
    return folder


def test_fifo_license_is_refused_not_opened(tmp_path):
    folder = _folder(tmp_path)
    os.mkfifo(folder / "LICENSE")
    release = finishes(lambda: resolve(str(folder), lineage_depth=0), "reading a folder with a FIFO")
    assert any(p.startswith("LICENSE is a FIFO") for p in release.problems)
    assert [d.path for d in release.documents] == ["README.md"]


def test_socket_is_refused(tmp_path):
    folder = _folder(tmp_path)
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(folder / "NOTICE"))
        release = resolve(str(folder), lineage_depth=0)
    assert any(p.startswith("NOTICE is a socket") for p in release.problems)


def test_symlink_leaving_the_folder_is_not_read(tmp_path):
    folder = _folder(tmp_path)
    (folder / "LICENSE").symlink_to(tmp_path / "outside.txt")
    (folder / "model.safetensors").symlink_to(tmp_path / "outside.txt")
    release = resolve(str(folder), lineage_depth=0)
    assert CANARY not in release.model_dump_json()
    assert any("LICENSE is a symbolic link leading outside" in p for p in release.problems)
    weights = [f for f in release.files if f.path == "model.safetensors"]
    assert weights and weights[0].size is None  # listed by name, not even its size is taken


def test_symlink_inside_the_folder_is_read(tmp_path):
    folder = _folder(tmp_path)
    (folder / "docs").mkdir()
    (folder / "docs" / "lic.txt").write_text("MIT License\n")
    (folder / "LICENSE").symlink_to("docs/lic.txt")
    release = resolve(str(folder), lineage_depth=0)
    assert "LICENSE" in [d.path for d in release.documents]


def test_hub_cache_snapshot_links_into_its_own_blobs(tmp_path):
    repo = tmp_path / "models--org--m"
    sha = "b" * 40
    (repo / "blobs").mkdir(parents=True)
    snap = repo / "snapshots" / sha
    snap.mkdir(parents=True)
    (repo / "blobs" / "aaa").write_text(CARD)
    (repo / "blobs" / "bbb").write_text("MIT License\n")
    (snap / "README.md").symlink_to("../../blobs/aaa")
    (snap / "LICENSE").symlink_to("../../blobs/bbb")
    (snap / "NOTICE").symlink_to(tmp_path / "outside.txt")
    (tmp_path / "outside.txt").write_text(CANARY)
    release = resolve(str(snap), lineage_depth=0)
    assert release.revision == sha
    assert [d.path for d in release.documents] == ["README.md", "LICENSE"]
    assert CANARY not in release.model_dump_json()


def test_license_command_refuses_a_fifo(tmp_path):
    from opengauge.errors import InputError
    from opengauge.textio import read_text_file

    os.mkfifo(tmp_path / "LICENSE")
    with pytest.raises(InputError, match="not a regular file"):
        read_text_file(tmp_path / "LICENSE")


def test_snapshot_refuses_a_fifo(tmp_path):
    from opengauge.sources.errors import SnapshotError
    from opengauge.sources.snapshot import load_snapshot

    os.mkfifo(tmp_path / "s.json")
    with pytest.raises(SnapshotError, match="not a regular file"):
        load_snapshot(tmp_path / "s.json")


# -- linear scans -------------------------------------------------------------------------------


def test_clip_looks_only_at_the_head():
    big = "word " * 1_000_000
    out = finishes(lambda: [clip(big) for _ in range(200)][-1], "clipping a 5 MB text 200 times")
    assert len(out) <= 220 and out.endswith("…")


def test_scan_text_keeps_offsets_and_breaks_long_lines():
    text = "short\n" + ("abc " * 2000) + "\n" + "x" * 5000
    scanned = scan_text(text)
    assert len(scanned) == len(text)
    assert max(len(line) for line in scanned.split("\n")) <= 1000
    assert scan_text("a\nb") == "a\nb"


def _release(text: str, **kw) -> Release:
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)
    return Release(ref="local:x", source="local", id="x", documents=[doc], **kw)


def test_search_on_one_5mb_line_quotes_a_window():
    text = "---\nlicense: mit\n---\n" + ("trained on 8 A100 GPUs with pip install transformers " * 100_000)
    ctx = ProbeContext(_release(text))
    hits = finishes(lambda: ctx.search(r"A100", limit=5), "searching one 5 MB line")
    assert len(hits) == 1 and hits[0].line == 4 and len(hits[0].text) < 1000  # one hit per line


def test_many_headings_are_sectioned_in_linear_time():
    text = "\n".join(("#" * (1 + i % 6)) + f" Heading {i}\nbody" for i in range(100_000))
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)
    sections = finishes(lambda: sections_of(doc), "sectioning 100,000 headings")
    assert len(sections) == 100_000
    assert sections[0].end == 12  # the next level-1 heading (0-based line index)


def test_enclosing_titles_follow_the_nesting():
    text = "# A\n## B\ntext here\n## C\n### D\nline\n# E\nend\n"
    ctx = ProbeContext(_release(text))
    hit = ctx.search(r"^line$")[0]
    assert ctx.enclosing_titles(hit) == ["A", "C", "D"]
    assert ctx.enclosing_titles(ctx.search(r"^end$")[0]) == ["E"]
    assert ctx.enclosing_titles(ctx.search(r"text here")[0]) == ["A", "B"]


def test_unclosed_html_comments_are_linear():
    from opengauge.probes.context import Section

    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="")
    body = "<!-- " * 200_000
    assert finishes(lambda: Section(doc, "t", 1, 1, 2, body).substantive, "200,000 open comments") is False


def test_card_lists_are_capped_with_a_problem(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    datasets = "\n".join(f"  - org{i}/data{i}" for i in range(5000))
    (folder / "README.md").write_text(f"---\nlicense: mit\ndatasets:\n{datasets}\n---\n# M\n")
    release = resolve(str(folder), lineage_depth=0)
    assert len(release.datasets) == 500
    assert any("5,000 datasets; only the first 500" in p for p in release.problems)


def test_5000_datasets_assess_in_linear_time():
    from opengauge.assess import Assessor
    from opengauge.model import DatasetRef

    ids = [f"org{i}/data{i}" for i in range(5000)]
    text = "---\nlicense: mit\ndatasets:\n" + "".join(f"  - {i}\n" for i in ids) + "---\n# M\n\nText.\n"
    release = _release(text, datasets=[DatasetRef(id=i) for i in ids])
    finishes(lambda: Assessor().assess(release), "assessing a card with 5,000 datasets")


def test_a_pattern_running_to_the_line_end_is_not_quadratic_on_one_long_line():
    # `pip install[^\n]*\btransformers\b` scans to the end of the line for every "pip install": on one
    # 1 MB line without "transformers" that was 64,000 scans of up to 1 MB (the run never finished)
    text = "---\nlicense: mit\n---\n" + "pip install foo " * 64_000
    ctx = ProbeContext(_release(text))
    assert finishes(lambda: ctx.search(r"pip install[^\n]*\btransformers\b"), "one 1 MB line") == []
