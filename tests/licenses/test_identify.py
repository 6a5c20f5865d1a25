"""`identify()` over the labeled corpus: every text, reformatted variants of every text, texts that
embed others, near-identical siblings, and texts that are no license at all.

The variants are generated at test time from the corpus texts (nothing is copied into the repo).
Failures list every miss with the runner-up candidates.
"""

from __future__ import annotations

import html
import random
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from opengauge.licenses import Identification, identify, load_catalog

PREAMBLE = (
    "This repository holds the weights of our model, trained on a mixture of public web data and\n"
    "licensed data. Evaluation results and intended uses are described in the model card.\n\n"
    "Please read the terms below before you download or use the files. By downloading you accept\n"
    "them on behalf of yourself or the organisation you represent.\n\n"
)
CARD = (
    "# Model card\n\nThis is a 7B parameter decoder-only model fine-tuned for instruction following.\n"
    "It was trained on 2 trillion tokens and evaluated on MMLU, GSM8K and HumanEval; see the table\n"
    "below for results. Limitations: it may produce incorrect or biased output.\n\n"
)


def _rewrap(text: str) -> str:
    return "\n\n".join(textwrap.fill(p, 60) for p in text.split("\n\n"))


def _markdown(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = [f"# {paras[0].strip()}"] if paras else []
    for i, p in enumerate(paras[1:]):
        out.append(f"## {p.strip()}" if i % 5 == 0 else (f"**{p.strip()}**" if i % 3 == 0 else p))
    return "\n\n".join(out)


def _html(text: str) -> str:
    body = "".join(
        f'<p class="c">{html.escape(p).replace(" ", "&nbsp;", 2)}</p>\n'
        for p in text.split("\n\n")
        if p.strip()
    )
    return f"<!DOCTYPE html><html><head><title>License</title></head><body>\n{body}</body></html>"


def _markdown_links(text: str) -> str:
    return re.sub(r"https?://[^\s)\]>\"']+", lambda m: f"[{m.group(0)}]({m.group(0)})", text)


VARIANTS: dict[str, Callable[[str], str]] = {
    "rewrapped-60": _rewrap,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "markdown": _markdown,
    "html": _html,
    "markdown-links": _markdown_links,
    "preamble": lambda t: PREAMBLE + t,
    "truncated-60pct": lambda t: t[: int(len(t) * 0.6)],
}
MIN_TRUNCATABLE = 1000
"""The truncation variant needs a text longer than this (a one-line notice cut short is no notice)."""


@pytest.fixture(scope="module")
def labels(license_corpus: Path) -> list[dict]:
    return yaml.safe_load((license_corpus / "labels.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts(license_corpus: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(license_corpus.glob("*.txt"))}


def _describe(stem: str, r: Identification) -> str:
    return f"{stem}: got {r.id} ({r.confidence}), candidates {r.alternatives[:3]}"


def test_identifies_every_labeled_file(labels: list[dict], texts: dict[str, str]) -> None:
    misses = []
    for label in labels:
        stem = label["file"].removesuffix(".txt")
        r = identify(texts[stem])
        e = r.entry
        want_version = str(label["version"]) if label["version"] is not None else None
        if e is None:
            misses.append(f"{stem}: unknown, candidates {r.alternatives[:3]}")
            continue
        problems = [
            f"{name} {got!r} != {want!r}"
            for name, want, got in (
                ("family", label["family"], e.family),
                ("version", want_version, e.version),
                ("kind", label["kind"], e.kind),
            )
            if want != got
        ]
        for name, want, got in (("spdx", label["spdx"], e.spdx), ("scancode", label["scancode"], e.scancode)):
            if want is not None and want != got:
                problems.append(f"{name} {got!r} != {want!r}")
        if label["hf"] and not load_catalog().tags(e, label["hf"]):
            problems.append(f"hf {e.hf} lacks {label['hf']!r}")
        if e.id != stem:
            problems.append(f"entry {e.id!r}")
        if not 0.6 <= r.confidence <= 1.0:
            problems.append(f"confidence {r.confidence}")
        if problems:
            misses.append(f"{stem}: " + "; ".join(problems))
    assert not misses, f"{len(misses)}/{len(labels)} misidentified:\n" + "\n".join(misses)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_identification_survives_reformatting(variant: str, texts: dict[str, str]) -> None:
    transform = VARIANTS[variant]
    misses = []
    for stem, text in texts.items():
        if variant.startswith("truncated") and len(text) < MIN_TRUNCATABLE:
            continue
        r = identify(transform(text))
        if r.id != stem:
            misses.append(_describe(stem, r))
        elif not 0.0 < r.confidence <= 1.0:
            misses.append(f"{stem}: confidence {r.confidence}")
    assert not misses, f"{variant}: {len(misses)} misses:\n" + "\n".join(misses)


def test_text_embedding_others_is_identified_as_the_main_license(texts: dict[str, str]) -> None:
    cases = [
        # a notice that quotes the Apache license after its own lines
        (
            "apache-2.0",
            "NOTICE\n\nThis product includes software developed at Example Labs.\n"
            "Copyright 2024 Example Labs.\n\n" + texts["apache-2.0"],
        ),
        # a model card with a license section holding the full text
        ("llama-3.2-community", CARD + "## License\n\n" + texts["llama-3.2-community"]),
        # a gated-access prompt carrying the license
        (
            "llama-3.1-community",
            "You need to agree to share your contact information to access this model.\n\n"
            + texts["llama-3.1-community"]
            + "\n\nBy clicking Submit below I accept the terms of the license and acknowledge that the "
            "information I provide will be collected, stored and processed.",
        ),
        # a license file with its use policy appended (as Meta's Llama 3 file ships)
        ("llama-3.1-community", texts["llama-3.1-community"] + "\n\n" + texts["llama-3.1-aup"]),
        ("llama-4-community", texts["llama-4-community"] + "\n\n" + texts["llama-4-aup"]),
        ("gemma-terms-of-use", texts["gemma-terms-of-use"] + "\n\n" + texts["gemma-prohibited-use-policy"]),
        (
            "databricks-open-model",
            texts["databricks-open-model"] + "\n\n" + texts["databricks-open-model-aup"],
        ),
        # Clay's preface before the AI Pubs text is part of the corpus file itself
        ("ai-pubs-openrail-m-0.1", texts["ai-pubs-openrail-m-0.1"]),
        ("llama-3-community", texts["llama-3-community"]),
        # and the use policy alone stays a use policy
        ("llama-3-aup", texts["llama-3-aup"]),
    ]
    misses = [_describe(want, r) for want, text in cases if (r := identify(text)).id != want]
    assert not misses, "\n".join(misses)


SIBLINGS = [
    [
        "llama-2-community",
        "llama-3-community",
        "llama-3.1-community",
        "llama-3.2-community",
        "llama-4-community",
    ],
    ["llama-2-aup", "llama-3-aup", "llama-3.1-aup", "llama-3.2-aup", "llama-4-aup", "chameleon-aup"],
    ["llama-1-license", "deepfloyd-if", "sdxl-0.9-research"],
    [
        "stability-ai-nc-community-2024",
        "stability-ai-nc-research-community",
        "svd-nc-community",
        "stability-ai-community",
    ],
    ["tongyi-qianwen", "tongyi-qianwen-research", "qwen-license-2024"],
    ["mistral-research-license", "mistral-non-production-license"],
    ["gemma-terms-of-use", "gemma-prohibited-use-policy", "health-ai-developer-foundations"],
    ["chatglm3-6b-model", "glm-4-9b"],
    ["cc-by-4.0", "cc-by-nc-4.0"],
    ["databricks-open-model", "databricks-open-model-aup", "dbrx-notice"],
]


@pytest.mark.parametrize("group", SIBLINGS, ids=lambda g: g[0])
def test_near_identical_siblings_are_told_apart(group: list[str], texts: dict[str, str]) -> None:
    catalog = load_catalog()
    misses = []
    for stem in group:
        for variant in ("plain", "rewrapped-60", "truncated-60pct"):
            text = texts[stem] if variant == "plain" else VARIANTS[variant](texts[stem])
            if variant.startswith("truncated") and len(texts[stem]) < MIN_TRUNCATABLE:
                continue
            r = identify(text)
            if r.id != stem:
                misses.append(f"{variant}: " + _describe(stem, r))
            # a sibling of the same kind is never a confident runner-up (a license may contain its
            # own notice or use policy, so those may cover fully)
            kind = catalog.get(stem).kind
            for alt, coverage in r.alternatives:
                if alt in group and alt != stem and catalog.get(alt).kind == kind and coverage >= 0.9:
                    misses.append(f"{variant}: {stem}: sibling {alt} covers {coverage}")
    assert not misses, "\n".join(misses)


def test_sibling_titles_rule_each_other_out(texts: dict[str, str]) -> None:
    """A Llama 3.1 text whose release line says 3.2 is not confidently either: the 3.1 entry is
    ruled out by the 3.2 date line, and the 3.2 entry lacks its distinctive 3.2 phrases."""
    text = texts["llama-3.1-community"].replace(
        "Llama 3.1 Version Release Date: July 23, 2024", "Llama 3.2 Version Release Date: September 25, 2024"
    )
    assert text != texts["llama-3.1-community"]
    assert identify(text).id != "llama-3.1-community"


@pytest.mark.parametrize(
    ("date", "want"),
    [
        ("February 21, 2024", "gemma-terms-of-use-2024-02-21"),
        ("April 1, 2024", "gemma-terms-of-use-2024-04-01"),
        ("March 24, 2025", "gemma-terms-of-use"),
    ],
)
def test_gemma_terms_revisions_are_told_apart_by_date(date: str, want: str, texts: dict[str, str]) -> None:
    original = "Last modified: March 24, 2025"
    assert original in texts["gemma-terms-of-use"]
    r = identify(texts["gemma-terms-of-use"].replace(original, f"Last modified: {date}"))
    assert r.id == want, _describe(want, r)


UNRELATED = {
    "model card paragraph": CARD,
    "license mention": "This model is released under the Llama 3.1 Community License Agreement; see LICENSE.",
    "apache mention": "Licensed under the Apache License, Version 2.0. See the LICENSE file for details.",
    "empty": "",
    "whitespace": "   \n\t \r\n ",
    "markup only": "<html><body><p>&nbsp;</p></body></html>",
    "code": "def main():\n    return sum(x * x for x in range(10))\n",
}


@pytest.mark.parametrize("name", list(UNRELATED))
def test_unrelated_text_is_unknown(name: str) -> None:
    r = identify(UNRELATED[name])
    assert r.entry is None, f"{name!r} identified as {r.id} ({r.confidence}), candidates {r.alternatives}"
    assert r.confidence == 0.0


def test_random_words_from_license_vocabulary_are_unknown(texts: dict[str, str]) -> None:
    """Shuffled words of real licenses keep the vocabulary but lose every phrase."""
    rng = random.Random(7)
    found = []
    for stem in ("llama-3.1-community", "apache-2.0", "gemma-terms-of-use", "mit", "cc-by-4.0"):
        words = texts[stem].split()
        rng.shuffle(words)
        r = identify(" ".join(words))
        if r.entry is not None:
            found.append(_describe(stem, r))
    assert not found, "shuffled texts were identified:\n" + "\n".join(found)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_identify_never_fails_and_confidence_is_bounded(text: str) -> None:
    r = identify(text)
    assert 0.0 <= r.confidence <= 1.0
    assert (r.entry is None) == (r.confidence == 0.0)


def test_every_catalog_entry_identifies_its_own_catalog_phrases() -> None:
    """The catalog is self-consistent: an entry's own phrases, joined, identify that entry or an
    entry that legitimately shares them (same family)."""
    catalog = load_catalog()
    misses = []
    for e in catalog:
        if not e.identifiable:
            continue  # a lookup-only entry (see test_facts)
        text = "\n\n".join(e.title_patterns + e.fingerprints)
        r = identify(text)
        if r.entry is None or (r.id != e.id and r.entry.family != e.family):
            misses.append(_describe(e.id, r))
    assert not misses, "\n".join(misses)
