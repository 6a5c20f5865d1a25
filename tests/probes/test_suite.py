"""The probe suite: run order is declared (what a probe reads runs before it), never import order;
a probe reads only what it declared; a crash is a typed failure; a finding under another probe's id
is refused."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from opengauge.model import Document, DocumentKind, FileEntry, Finding, Level, Release
from opengauge.probes import probe_ids, run_probes
from opengauge.probes.errors import ProbeError
from opengauge.probes.registry import REGISTERED, RegisteredProbe
from opengauge.probes.suite import MODULES, probe_order

# A card that states training tokens but not the parameter count: training compute can only be
# estimated from the size of the weights, i.e. from the weights-published finding.
_SCRIPT = """
import json, sys
for name in sys.argv[1:]:
    __import__(name)
from opengauge.model import Document, DocumentKind, FileEntry, Release
from opengauge.probes import run_probes
card = "---\\nlicense: apache-2.0\\n---\\n# Model\\n\\nTrained on 2T tokens.\\n"
release = Release(ref="hf:o/m", source="hub", id="o/m", metadata={"license": "apache-2.0"},
                  documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)],
                  files=[FileEntry(path="model.safetensors", size=14_000_000_000)])
print(json.dumps([f.model_dump(mode="json") for f in run_probes(release)], sort_keys=True))
"""


def _findings_after_importing(first: str) -> list[dict]:
    out = subprocess.run([sys.executable, "-c", _SCRIPT, first], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def reference() -> list[dict]:
    """The findings after importing the package first: computed once (a fresh interpreter each)."""
    return _findings_after_importing("opengauge.probes")


def test_the_reference_reads_the_compute_from_the_weights(reference):
    compute = next(f for f in reference if f["probe"] == "training-compute")
    assert compute["level"] == "open" and compute["data"]["flop"]  # read from the weights' size


@pytest.mark.parametrize("first", [m.__name__ for m in MODULES] + ["opengauge.probes.suite"])
def test_findings_do_not_depend_on_which_probe_module_is_imported_first(first, reference):
    assert _findings_after_importing(first) == reference


def test_every_probe_runs_after_what_it_reads():
    order = [p.id for p in probe_order()]
    assert order == probe_ids() and sorted(order) == sorted(REGISTERED)
    for p in probe_order():
        assert all(order.index(a) < order.index(p.id) for a in p.after), p


def test_only_runs_what_the_wanted_probes_read():
    release = Release(
        ref="hf:o/m",
        source="hub",
        id="o/m",
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="Trained on 2T tokens.")],
        files=[FileEntry(path="model.safetensors", size=14_000_000_000)],
    )
    (f,) = run_probes(release, only=["training-compute"])
    assert f.probe == "training-compute" and f.level is Level.OPEN


def _swap(monkeypatch: pytest.MonkeyPatch, probe_id: str, fn) -> None:
    old = REGISTERED[probe_id]
    monkeypatch.setitem(REGISTERED, probe_id, RegisteredProbe(probe_id, fn, old.after, old.module))


def test_a_crash_is_a_typed_failure_not_a_guess(monkeypatch):
    def boom(ctx):
        raise ValueError("bad input")

    _swap(monkeypatch, "preprint", boom)
    (f,) = run_probes(Release(ref="hf:o/m", source="hub", id="o/m"), only=["preprint"])
    assert f.level is Level.UNKNOWN and f.error is not None
    assert f.error.type == "ValueError" and f.error.message == "bad input"


def test_a_finding_under_another_id_is_refused(monkeypatch):
    _swap(monkeypatch, "preprint", lambda ctx: [Finding(probe="paper", level=Level.OPEN, reason="x")])
    with pytest.raises(ProbeError, match="returned findings of paper"):
        run_probes(Release(ref="hf:o/m", source="hub", id="o/m"), only=["preprint"])


def test_reading_an_undeclared_probe_is_refused(monkeypatch):
    _swap(monkeypatch, "preprint", lambda ctx: ctx.earlier("weights-published"))
    with pytest.raises(ProbeError, match="without declaring it"):
        run_probes(Release(ref="hf:o/m", source="hub", id="o/m"), only=["preprint"])
