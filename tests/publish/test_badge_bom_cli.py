"""`opengauge badge` (the site's SVG and the shields.io endpoint JSON) and `opengauge bom` on a model
folder (both standards, written atomically to -o)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from opengauge.cli import app
from opengauge.errors import InputError
from opengauge.formats.badge import LABEL_COLOR, badge_svg
from opengauge.model import Label
from tests.publish.models import capped_model, open_model

runner = CliRunner()


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def test_badge_svg_and_shields(tmp_path):
    m = open_model(tmp_path / "m")
    out = tmp_path / "badge.svg"
    res = runner.invoke(app, ["badge", str(m), "-o", str(out)])
    assert res.exit_code == 0, res.output
    svg = out.read_text()
    assert svg.strip() == badge_svg(Label.OPEN_WEIGHTS)  # the site's badge, byte for byte
    assert ET.fromstring(svg).get("aria-label") == "opengauge: open weights"
    res = runner.invoke(app, ["badge", str(capped_model(tmp_path / "c")), "--format", "shields", "--score"])
    data = json.loads(res.stdout)
    assert data["schemaVersion"] == 1 and data["label"] == "opengauge"
    assert data["message"].startswith("weights available · ") and data["message"].endswith("%")
    assert data["color"] == LABEL_COLOR[Label.WEIGHTS_AVAILABLE].lstrip("#")
    assert isinstance(runner.invoke(app, ["badge", str(m), "-f", "png"]).exception, InputError)


def test_bom_of_a_folder(tmp_path):
    pytest.importorskip("cyclonedx")
    pytest.importorskip("spdx_python_model")
    m = open_model(tmp_path / "m")
    for fmt in ("cyclonedx", "spdx"):
        out = tmp_path / f"bom.{fmt}.json"
        res = runner.invoke(app, ["bom", str(m), "--format", fmt, "-o", str(out)])
        assert res.exit_code == 0, (res.output, res.exception)
        doc = json.loads(out.read_text())
        assert not list(tmp_path.glob("*.tmp"))
        if fmt == "cyclonedx":
            model = doc["components"][0]
            assert model["type"] == "machine-learning-model" and model["licenses"] == [
                {"license": {"id": "Apache-2.0"}}
            ]
            assert model["modelCard"]["modelParameters"] == {"task": "text-generation"}
        else:
            assert doc["@context"] == "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
            exprs = {x.get("simplelicensing_licenseExpression") for x in doc["@graph"]}
            assert "Apache-2.0" in exprs
    assert isinstance(runner.invoke(app, ["bom", str(m), "-f", "spdx2"]).exception, InputError)
