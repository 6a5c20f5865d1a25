"""`opengauge index`: the ranked table from built-in data, with no network."""

from __future__ import annotations

import csv
import io
import json
import socket

import pytest
from typer.testing import CliRunner

from opengauge.cli import app
from opengauge.frameworks.osai import PARAMETERS
from opengauge.index.load import load_index


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("opengauge index tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_index_prints_every_entry_ranked_without_network(no_network):
    res = run("index")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].split()[:3] == ["#", "model", "organisation"]
    body = lines[2:]
    ids = {e.id for e in load_index()}
    shown = {line.split()[1] for line in body}
    assert shown == ids
    ranks = [int(line.split()[0]) for line in body]
    assert ranks == list(range(1, len(ids) + 1))


def test_json_format_is_the_index_document(no_network):
    res = run("index", "--format", "json")
    data = json.loads(res.stdout)
    assert data["schema"] == "opengauge.index/1" and data["count"] == len(load_index())
    assert data["models"][0]["schema"] == "opengauge.assessment/1"
    assert "osai-index.eu" in json.dumps(data["attribution"])
    scores = [r["osai_score"] for r in data["rows"]]
    assert all(isinstance(s, float) for s in scores)


def test_csv_and_markdown_formats(no_network):
    rows = list(csv.DictReader(io.StringIO(run("index", "--format", "csv").stdout)))
    assert (
        len(rows) == len(load_index())
        and {"label", "osai_score", "mof_class", "osaid", "license_verdict"} <= rows[0].keys()
    )
    md = run("index", "--format", "markdown").stdout
    assert md.startswith("| # | model |") and md.count("\n| ") >= len(load_index())
    assert "osai-index.eu" in md


def test_filters(no_network):
    res = run("index", "--format", "csv", "--label", "closed")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and all(r["label"] == "closed" for r in rows)
    rows = list(csv.DictReader(io.StringIO(run("index", "--format", "csv", "--org", "meta").stdout)))
    assert rows and all(r["organisation"] == "Meta" for r in rows)
    rows = list(csv.DictReader(io.StringIO(run("index", "--format", "csv", "--type", "code").stdout)))
    assert rows and all(r["type"] == "code" for r in rows)


def test_bad_filter_is_a_clear_error():
    from opengauge.errors import InputError

    with pytest.raises(InputError, match="--label"):
        CliRunner().invoke(app, ["index", "--label", "sort-of-open"], catch_exceptions=False)


def test_import_osai_shows_disagreements(shared_dir, no_network):
    osai = shared_dir / "reference" / "osai-index"
    res = run("index", "import-osai", str(osai), "--format", "json")
    data = json.loads(res.stdout)
    assert data["matched_models"] >= 30
    s = data["summary"]
    assert s["agree"] > 0 and s["disagree"] > 0
    assert set(s["per_parameter"]) == set(PARAMETERS)
    text = run("index", "import-osai", str(osai)).stdout
    assert "disagreements" in text and "osai-index.eu" in text


def test_import_osai_rejects_a_folder_without_ratings(tmp_path):
    from opengauge.index.errors import IndexDataError

    (tmp_path / "x.yaml").write_text("just: data\n")
    with pytest.raises(IndexDataError, match="no OSAI index model files"):
        CliRunner().invoke(app, ["index", "import-osai", str(tmp_path)], catch_exceptions=False)


def test_index_site_option_writes_the_site(tmp_path, no_network):
    out = tmp_path / "site"
    res = run("index", "--format", "csv", "--site", str(out))
    assert res.exit_code == 0
    board = (out / "index.html").read_text(encoding="utf-8")
    assert board.count("<tr data-id=") == len(load_index())
    assert "site written to" in res.stderr


def test_site_refuses_a_file_as_output(tmp_path):
    from opengauge.errors import InputError

    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        CliRunner().invoke(app, ["site", str(target)], catch_exceptions=False)
