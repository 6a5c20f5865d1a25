"""Rows of the same content share one assessment (`opengauge.audit.twins`): the shared path gives the
very store rows of the plain path, on copies and on the rows that must not be shared."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from opengauge.audit import work
from opengauge.audit.run import run_audit
from opengauge.audit.sources import DumpSource
from opengauge.store import Store
from tests.audit.conftest import store_rows


def _copy(row: dict, owner: str, i: int, *, dated: bool = True) -> dict:
    """The row re-uploaded by another owner: same name, card and files; its own revision and dates."""
    name = row["modelId"].split("/", 1)[1]
    out = {**row, "modelId": f"{owner}/{name}", "author": owner, "downloads": i, "likes": i % 7}
    if dated:
        out["last_modified"] = f"2025-03-{1 + i % 28:02d}T0{i % 10}:00:00Z"
        out["createdAt"] = f"2024-0{1 + i % 9}-01T00:00:00Z"
    else:
        out.pop("last_modified", None)
    return out


@pytest.fixture
def varied_rows(dump_rows: list[dict]) -> list[dict]:
    """The generated rows, copies of many of them (with and without revision), and the cases that
    must not be shared: a card naming its own id, a copy under its base model's owner, a copy its
    base model's chain leads back to, a card naming the model's name alone (shared)."""
    rng = random.Random(3)
    rows = list(dump_rows)
    derivatives = [r for r in dump_rows if "base_model:" in (r.get("card") or "")]
    for i, r in enumerate(rng.sample(derivatives, 25)):
        rows.append(_copy(r, f"mirror{i % 4}", i))
        rows.append(_copy(r, f"Mirror-Upper{i % 3}", i + 100, dated=i % 2 == 0))
    base = derivatives[0]
    name = base["modelId"].split("/", 1)[1]
    # a card that names its own id (a usage snippet): never shared, the copies of it neither
    selfish = {
        **base,
        "modelId": "selfie/own-model",
        "card": base["card"] + '\nfrom_pretrained("selfie/own-model")\n',
    }
    rows += [selfish, _copy(selfish, "selfie2", 1)]
    # a copy published by the owner of its base model
    parent = base["card"].split("base_model:", 1)[1].split()[0].strip("'\"")
    rows.append(_copy(base, parent.split("/")[0], 7))
    # a cycle: the base model names a copy of its derivative as its own base
    rows += [
        {
            "modelId": "loop/P",
            "card": f"---\nlicense: mit\nbase_model: twin2/{name}\n---\n# P\n",
            "siblings": [],
        },
        {**base, "modelId": f"loopchild/{name}", "card": "---\nlicense: mit\nbase_model: loop/P\n---\n# c\n"},
        {**base, "modelId": f"twin2/{name}", "card": "---\nlicense: mit\nbase_model: loop/P\n---\n# c\n"},
    ]
    # the model's name written in its card: still shared (the name is part of the content key)
    named = {**base, "modelId": f"named/{name}", "card": base["card"] + f"\n# {name}\nWe call it {name}.\n"}
    rows += [named, _copy(named, "named2", 3)]
    rng.shuffle(rows)
    return rows


def _audit(rows: list[dict], path: Path, share: bool, monkeypatch) -> tuple[list[tuple], int]:
    from bench.dumpgen import write_jsonl

    monkeypatch.setattr(work, "SHARE_COPIES", share)
    monkeypatch.setattr(work, "TWINS", 8)  # small: templates are evicted and made again midway
    work._STATE.clear()
    write_jsonl(iter(rows), path.with_suffix(".jsonl"))
    with Store.open(path) as st:
        run_audit(DumpSource(str(path.with_suffix(".jsonl"))), st, depth="metadata", batch_size=16)
    copies = work._STATE.get("copies", 0)
    work._STATE.clear()
    return store_rows(path), copies


def test_shared_copies_give_the_rows_of_the_plain_path(tmp_path: Path, varied_rows, monkeypatch) -> None:
    plain, none = _audit(varied_rows, tmp_path / "plain.duckdb", False, monkeypatch)
    shared, copies = _audit(varied_rows, tmp_path / "shared.duckdb", True, monkeypatch)
    assert none == 0 and copies >= 40  # most rows were served from a template
    assert len(plain) == len(varied_rows)
    for a, b in zip(plain, shared, strict=True):
        assert a == b, a[0]
    # each document says when its own row was assessed (the template's time is not carried over)
    with Store.open(tmp_path / "shared.duckdb", read_only=True) as st:
        times = st.query("SELECT assessed_at, document->>'$.created_at' AS created FROM assessments")
    assert all(datetime.fromisoformat(t["created"]) == t["assessed_at"] for t in times)
    assert len({t["assessed_at"] for t in times}) > 1  # several batches, so templates cross batches


def test_a_row_its_chain_leads_back_to_is_not_served(dump_rows: list[dict]) -> None:
    from opengauge.audit import twins
    from opengauge.store import Record

    doc = b'{"release":{"ref":"hf:OWNER/m"},"created_at":"2026-01-01T00:00:00Z"}'.replace(
        b"OWNER", twins.OWNER.encode()
    )
    tpl = twins.template(
        Record(key="k", revision="", ref=f"hf:{twins.OWNER}/m", origin="audit", document=doc), {"a/m"}
    )
    assert tpl is not None
    now = datetime(2026, 2, 1, tzinfo=UTC)
    assert twins.record_for(tpl, {"modelId": "a/m"}, "a/m", "", now) is None
    got = twins.record_for(tpl, {"modelId": "b/m", "sha": "f00"}, "b/m", "f00", now)
    assert got is not None and got.ref == "hf:b/m" and got.commit == "f00"
    assert got.document == b'{"release":{"ref":"hf:b/m"},"created_at":"2026-02-01T00:00:00Z"}'


def test_what_is_not_shared() -> None:
    from opengauge.audit import twins

    row = {"modelId": "acme/m", "card": "---\nbase_model: acme/base\n---\n", "sha": "abc"}
    assert twins.content_key(row, "https://huggingface.co") is None  # names its own owner
    other = {**row, "modelId": "else/m", "sha": "def", "downloads": 3}
    k1 = twins.content_key(other, "https://huggingface.co")
    k2 = twins.content_key(
        {**other, "modelId": "more/m", "last_modified": "2025-01-01"}, "https://huggingface.co"
    )
    assert k1 is not None and k2 is not None and k1[0] == k2[0]
    assert twins.content_key({**other, "modelId": "else/m2"}, "https://huggingface.co")[0] != k1[0]
    assert twins.content_key({"modelId": "no-owner"}, "https://huggingface.co") is None


def test_the_stand_in_tokens_are_counted_in_lower_case_as_str_lower_counts_them() -> None:
    """`template` counts the tokens' lower-cased uses on the text's UTF-8 bytes lowered as ASCII; only
    two characters outside ASCII lower to an ASCII letter or digit, and neither can complete a token."""
    import sys

    from opengauge.audit import twins

    lowers_to_ascii = {
        chr(c)
        for c in range(128, sys.maxunicode + 1)
        if any(x.isascii() and x.isalnum() for x in chr(c).lower())
    }
    assert lowers_to_ascii == {"\u0130", "\u212a"}
    owner, rev = twins.OWNER, twins.REVISION
    texts = [
        f'{{"a":"{owner}/m","b":"{owner.lower()}","c":"{rev.upper()}"}}',
        f"caf\u00e9 {owner.upper()} \u0130{owner[1:]} {owner[:-1]}\u212a",
        f"{owner[:4]}\u0130{owner[5:]} \U0001f600",
        f"{owner}{owner.lower()}{owner.swapcase()} \ud800 {rev}{rev}",
        "no token here \u00c9\u0130\u212a",
    ]
    for text in texts:
        lowered = text.encode("utf-8", "surrogatepass").lower()
        for token in (owner, rev):
            assert twins._lower_count(lowered, token) == text.lower().count(token.lower())
