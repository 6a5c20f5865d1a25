"""Every well-known dataset a corpus model card lists in its front matter resolves in the catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.knowledge import find_dataset
from opengauge.textio import load_yaml_no_aliases

#: the corpus cards' `datasets:` ids that are well-known training datasets, and their catalog entry
WELL_KNOWN = {
    "bigscience/xP3": "xp3",
    "tiiuae/falcon-refinedweb": "refinedweb",
    "EleutherAI/pile": "the-pile",
    "mc4": "mc4",
    "c4": "c4",
    "togethercomputer/RedPajama-Data-1T": "redpajama-1t",
    "bigcode/the-stack": "the-stack",
    "allenai/s2orc": "s2orc",
    "allenai/dolmino-mix-1124": "dolmino-mix-1124",
    "allenai/olmo-mix-1124": "olmo-mix-1124",
    "allenai/dolma": "dolma",
    "allenai/OLMoE-mix-0924": "olmoe-mix-0924",
    "bigcode/the-stack-v2-train": "the-stack-v2",
    "gsm8k": "gsm8k",
}
#: task and benchmark datasets named by Flan-T5's card: not training corpora the catalog is for
NOT_CATALOGUED = {
    "svakulenk0/qrecc", "taskmaster2", "djaym7/wiki_dialog", "deepmind/code_contests", "lambada", "aqua_rat",
    "esnli", "quasc", "qed",
}  # fmt: skip


def _front_matter_datasets(card: Path) -> list[str]:
    text = card.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return []
    end = text.find("\n---", 3)
    data = load_yaml_no_aliases(text[3:end]) if end > 0 else None
    values = data.get("datasets") if isinstance(data, dict) else None
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def test_front_matter_datasets_resolve(release_corpus: Path) -> None:
    seen: dict[str, str] = {}
    for card in sorted(release_corpus.glob("*/README.md")):
        for hub_id in _front_matter_datasets(card):
            seen[hub_id] = card.parent.name
    if not seen:
        pytest.skip("no corpus card lists datasets")
    undecided = sorted(h for h in seen if h not in WELL_KNOWN and h not in NOT_CATALOGUED)
    assert not undecided, f"decide whether these are well-known (add them) or not: {undecided}"
    for hub_id, release in seen.items():
        if hub_id in WELL_KNOWN:
            found = find_dataset(hub_id)
            assert found is not None and found.id == WELL_KNOWN[hub_id], (release, hub_id)
    assert {"refinedweb", "the-pile", "dolma", "the-stack-v2"} <= {
        WELL_KNOWN[h] for h in seen if h in WELL_KNOWN
    }
