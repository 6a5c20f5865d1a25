"""Formats: render assessment documents (`opengauge.assessment/1` dicts) for people and machines."""

from opengauge.formats.csv import render_csv
from opengauge.formats.json import render_json
from opengauge.formats.markdown import render_markdown
from opengauge.formats.terminal import print_reports

__all__ = ["print_reports", "render_csv", "render_json", "render_markdown"]
