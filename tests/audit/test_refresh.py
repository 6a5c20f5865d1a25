"""`opengauge index --refresh`: the entries' releases re-read online (the loopback Hub) through the
audit machinery into the store, and what changed since each entry's snapshot."""

from __future__ import annotations

import json
from pathlib import Path

from opengauge.audit.refresh import RefreshSource, compare_entries, refresh_key, render_changes
from opengauge.index.load import filter_entries, get_entry, load_index
from opengauge.index.run import assess_index
from opengauge.store import Store, record_from_document
from tests.audit.conftest import run_cli


def test_refresh_reads_the_live_release_and_shows_what_changed(fake_hub, tmp_path: Path) -> None:
    ref = fake_hub.add_corpus_release("amber")
    assert ref == "hf:LLM360/Amber"
    repo = fake_hub.server.models["LLM360/Amber"]
    # the live release moved to a non-commercial license and dropped its LICENSE file
    card = repo.files["README.md"].content.decode()
    repo.files["README.md"].content = card.replace("license: apache-2.0", "license: cc-by-nc-4.0", 1).encode()
    repo.card_data = {**(repo.card_data or {}), "license": "cc-by-nc-4.0"}
    repo.tags = [t for t in repo.tags if not t.startswith("license:")] + ["license:cc-by-nc-4.0"]
    repo.files.pop("LICENSE", None)
    store = tmp_path / "r.duckdb"
    args = ("index", "--refresh", "--org", "LLM360", "--store", str(store))
    result = run_cli(*args, env=fake_hub.env())
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "amber  hf:LLM360/Amber  snapshot 2026-11-27" in out
    assert "license: apache-2.0 (osi-open) -> cc-by-nc-4.0 (non-commercial)" in out
    # the other LLM360 entries are not served: their rows say so, nothing is compared
    assert "k2-65b  hf:LLM360/K2  could not be read:" in out
    assert "3 entries re-read on" in out and "1 changed since their snapshot" in out
    with Store.open(store, read_only=True) as st:
        rows = st.query("SELECT key, origin, depth, commit, license_id, error FROM assessments ORDER BY key")
    assert [r["key"] for r in rows] == ["refresh:amber", "refresh:crystalcoder", "refresh:k2-65b"]
    assert {r["origin"] for r in rows} == {"refresh"} and {r["depth"] for r in rows} == {"full"}
    amber = rows[0]
    assert amber["commit"] == repo.sha and amber["error"] is None
    assert rows[2]["error"] and "not found" in rows[2]["error"].lower()
    # run again the same day: nothing is fetched again, the comparison is the same
    again = run_cli(*args, "--format", "json", env=fake_hub.env())
    assert again.returncode == 0, again.stderr
    assert "0 read now, 3 already read today" in again.stderr
    data = json.loads(again.stdout)
    by_id = {e["id"]: e for e in data["entries"]}
    assert by_id["amber"]["changed"] is True
    assert by_id["amber"]["diff"]["license"]["new"] == {"id": "cc-by-nc-4.0", "verdict": "non-commercial"}
    assert by_id["amber"]["live_revision"] == repo.sha


def test_an_entry_whose_live_release_judges_the_same_is_unchanged(tmp_path: Path) -> None:
    entry = get_entry("amber")
    doc = assess_index([entry], reviews=False)[0]
    stamp = "2030-01-01"
    with Store.open(tmp_path / "u.duckdb") as st:
        st.write([record_from_document(doc, key=refresh_key(entry), origin="refresh", revision=stamp)])
        changes = compare_entries([entry], st, stamp, lambda e: doc.to_json())
        missing = compare_entries([get_entry("bloom")], st, stamp, lambda e: doc.to_json())
    assert len(changes) == 1 and not changes[0].changed and changes[0].error is None
    assert "amber  hf:LLM360/Amber" in render_changes(changes, stamp) and ": unchanged" in render_changes(
        changes, stamp
    )
    assert missing[0].error == "not refreshed"


def test_only_online_entries_are_refreshed() -> None:
    entries = load_index()
    source = RefreshSource(entries, "2030-01-01")
    online = [e for e in entries if e.release.ref.startswith(("hf:", "gh:", "github:"))]
    assert source.total == len(online) > 0
    items = [i for batch in source.items(7) for i in batch]
    assert [i.key for i in items] == [f"refresh:{e.id}" for e in online]
    assert all("@" not in i.row["ref"] for i in items)
    assert filter_entries(entries, org="LLM360")
