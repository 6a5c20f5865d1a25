"""Every exception the Hub client (huggingface_hub over httpx2) and httpx can raise maps to a
documented exit code with one line, never a traceback."""

from __future__ import annotations

import inspect

import httpx
import httpx2
import pytest
from huggingface_hub import errors as hf_errors

from opengauge.sources import errors as E
from opengauge.sources import resolve
from opengauge.sources.github import GitHubClient
from opengauge.sources.hub_client import HubClient
from opengauge.sources.hub_errors import classify
from opengauge.sources.settings import load_settings
from tests.servers.fakes import HubFile
from tests.sources.helpers import card, model, run_cli

#: The exit codes the README documents for reading a release.
DOCUMENTED = {cls.exit_code for cls in E.ALL_ERRORS}


def _classes(module) -> list[type[BaseException]]:
    return [
        c
        for _, c in inspect.getmembers(module, inspect.isclass)
        if issubclass(c, BaseException) and c.__module__.startswith(module.__name__.split(".")[0])
    ]


def _instance(cls: type[BaseException]) -> BaseException:
    exc = cls.__new__(cls)
    BaseException.__init__(exc, f"{cls.__name__} raised on hostile input\nsecond line")
    if not hasattr(exc, "response"):
        try:
            exc.response = None  # type: ignore[attr-defined]
        except AttributeError:
            pass
    return exc


@pytest.mark.parametrize("cls", _classes(hf_errors) + _classes(httpx2), ids=lambda c: c.__name__)
def test_every_hub_client_error_maps_to_a_documented_code(cls):
    failure = classify(_instance(cls), "hf:org/m", load_settings())
    assert failure is not None, f"{cls.__name__} is not mapped"
    assert failure.error.exit_code in DOCUMENTED
    assert "\n" not in str(failure.error) and str(failure.error).startswith("hf:org/m")


@pytest.mark.parametrize("cls", _classes(httpx), ids=lambda c: c.__name__)
def test_every_httpx_error_maps_to_a_documented_code(cls):
    gh = GitHubClient(load_settings())
    failure = gh._classify(_instance(cls), "gh:o/r")
    assert failure is not None, f"{cls.__name__} is not mapped"
    assert failure.error.exit_code in DOCUMENTED and "\n" not in str(failure.error)


def test_a_value_error_from_the_hub_library_is_one_line(fake_hub, tmp_path):
    fake_hub.add_model(model("org/m", card("license: mit")))
    client = HubClient(load_settings())
    with pytest.raises(E.SourceError) as exc:
        client.download("org/m", "LICENSE\\..\\..\\x.txt", "a" * 40, "hf:org/m: LICENSE")
    assert exc.value.exit_code in DOCUMENTED and "\n" not in str(exc.value)


def test_a_listed_file_with_a_traversal_name_is_refused_not_fatal(fake_hub, capsys):
    repo = model("org/m", card("license: mit"))
    repo.files["LICENSE\\..\\..\\x.txt"] = HubFile("LICENSE\\..\\..\\x.txt", b"MIT License")
    repo.files["LICENSE\x1b[2J"] = HubFile("LICENSE\x1b[2J", b"MIT License")
    fake_hub.add_model(repo)
    release = resolve("hf:org/m")
    assert [d.path for d in release.documents] == ["README.md"]
    assert any("file name(s) refused" in p for p in release.problems)
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert code == 0 and "Traceback" not in err and "\x1b" not in out


def test_an_unexpected_error_is_one_line_with_its_own_code(monkeypatch, capsys):
    import opengauge.sources as sources

    def boom(*a, **kw):
        raise KeyError("surprise")

    monkeypatch.setattr(sources, "resolve", boom)
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert code == 70 and err.count("\n") == 1 and "internal error" in err and "Traceback" not in err
