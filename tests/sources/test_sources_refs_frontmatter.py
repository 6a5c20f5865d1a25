import json
from datetime import UTC

import pytest

from opengauge.sources.errors import BadReferenceError, FrontMatterError
from opengauge.sources.frontmatter import parse_front_matter
from opengauge.sources.refs import parse_ref


@pytest.mark.parametrize(
    "text,kind,id_,rev",
    [
        ("hf:meta-llama/Llama-3.1-8B", "hub", "meta-llama/Llama-3.1-8B", None),
        ("meta-llama/Llama-3.1-8B@main", "hub", "meta-llama/Llama-3.1-8B", "main"),
        ("https://huggingface.co/allenai/OLMo-7B", "hub", "allenai/OLMo-7B", None),
        ("gh:allenai/OLMo@v0.2.0", "github", "allenai/OLMo", "v0.2.0"),
        ("https://github.com/allenai/OLMo.git", "github", "allenai/OLMo", None),
    ],
)
def test_parse_ref(text, kind, id_, rev):
    ref = parse_ref(text)
    assert (ref.kind, ref.id, ref.revision) == (kind, id_, rev)


def test_parse_ref_folder_and_snapshot(tmp_path):
    snap = tmp_path / "x.json"
    snap.write_text("{}")
    assert parse_ref(str(tmp_path)).kind == "local"
    assert parse_ref(str(snap)).kind == "snapshot"
    with pytest.raises(BadReferenceError):
        parse_ref(str(tmp_path / "missing.json"))


@pytest.mark.parametrize(
    "bad", ["", "hf:", "hf:a/b/c", "gh:onlyowner", "hf:org/name@", "hf:a/b@../x", "not a ref!"]
)
def test_bad_refs(bad):
    with pytest.raises(BadReferenceError) as exc:
        parse_ref(bad)
    assert exc.value.exit_code == 2


def test_front_matter_ok_and_absent():
    meta, found = parse_front_matter("---\nlicense: mit\ndatasets:\n- a/b\ndate: 2024-01-02\n---\n# body\n")
    assert found and meta == {"license": "mit", "datasets": ["a/b"], "date": "2024-01-02"}
    assert parse_front_matter("# no front matter\n") == ({}, False)
    assert parse_front_matter("---\n---\nbody") == ({}, True)


@pytest.mark.parametrize(
    "text,needle",
    [
        ("---\nlicense: [mit\n---\n", "malformed YAML"),
        ("---\n- a\n- b\n---\n", "not a mapping"),
        ("---\njust a string\n---\n", "not a mapping"),
        ("---\na: !!python/object/apply:os.system ['true']\n---\n", "malformed YAML"),
    ],
)
def test_front_matter_faults(text, needle):
    with pytest.raises(FrontMatterError) as exc:
        parse_front_matter(text)
    assert needle in str(exc.value)
    assert exc.value.exit_code == 19


def _bomb(levels: int = 9, width: int = 9) -> str:
    lines = ["a0: &a0 [" + ",".join(["lol"] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * width) + "]")
    return "---\n" + "\n".join(lines) + "\n---\n"


def test_billion_laughs_is_rejected_not_expanded():
    # 9 levels of 9 = 387 million leaves if expanded; must fail fast and small
    with pytest.raises(FrontMatterError) as exc:
        parse_front_matter(_bomb(9, 9))
    assert "alias" in str(exc.value)
    # a small bomb under the alias limit is still refused by the node budget
    with pytest.raises(FrontMatterError, match="expands to more than"):
        parse_front_matter(_bomb(7, 9))


def test_benign_aliases_are_expanded_to_plain_json():
    meta, _ = parse_front_matter("---\nbase: &b {x: 1}\nother: *b\n---\n")
    assert meta == {"base": {"x": 1}, "other": {"x": 1}}
    json.dumps(meta)


def test_deep_nesting_is_refused():
    with pytest.raises(FrontMatterError):
        parse_front_matter("---\na: " + "[" * 200 + "]" * 200 + "\n---\n")


def test_retry_after_and_backoff():
    from datetime import datetime, timedelta
    from email.utils import format_datetime

    from opengauge.sources.http import backoff_delay, parse_retry_after
    from opengauge.sources.settings import load_settings

    assert parse_retry_after("12") == 12.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= parse_retry_after(later) <= 31
    s = load_settings()
    assert backoff_delay(0, None, s) == s.retry_base and backoff_delay(2, None, s) == min(
        4 * s.retry_base, s.retry_max_wait
    )
    assert backoff_delay(0, 10_000, s) == s.retry_max_wait  # a huge Retry-After is capped
