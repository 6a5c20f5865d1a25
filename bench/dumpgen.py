"""Realistic rows of a Hub metadata dump, made by varying the shared corpus' model cards.

    from bench.dumpgen import generate, write_parquet, write_jsonl
    rows = generate(1000, releases=Path("../shared/corpus/releases"), seed=1)

Each corpus card (front matter + body) is a base model row under its own Hub id. The other rows are
derivatives: fine-tunes, quantisations and merges of a base model or of an earlier derivative
(fine-tunes of fine-tunes), with a license drawn from the proportions seen on the Hub (the base's
own, Apache-2.0, MIT, none, CC-BY-NC...), datasets, tags, a body stitched from sections of real
cards (sometimes calling itself open source), and a file list (safetensors shards, GGUF, PyTorch
bins, tokenizer and config files). Deterministic for a seed. Nothing is copied into the project:
the cards are read from the shared corpus when this runs.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

_ID_LINE = re.compile(r"Hugging Face model id:\s*`([^`]+)`")
_TITLE = re.compile(r"^# Sources:\s*(\S+)", re.M)
_FM = re.compile(r"\A\s*---\s*\n(.*?)\n---\s*\n?", re.S)

LICENSES = [  # (license id or None for "same as the base", weight)
    (None, 30),
    ("apache-2.0", 28),
    ("mit", 12),
    ("other", 6),
    ("cc-by-nc-4.0", 6),
    ("", 8),  # no license declared
    ("llama3.1", 4),
    ("cc-by-4.0", 3),
    ("openrail", 3),
]
DATASETS = [
    "HuggingFaceH4/ultrachat_200k",
    "teknium/OpenHermes-2.5",
    "allenai/dolma",
    "tatsu-lab/alpaca",
    "Open-Orca/OpenOrca",
    "HuggingFaceFW/fineweb-edu",
    "my-private-set",
]
SUFFIXES = ["-sft", "-dpo", "-instruct", "-chat", "-GGUF", "-AWQ", "-lora", "-merged", "-v2", "-ft"]
CLAIMS = [
    "This is a fully open source model.",
    "We release this open-source model for everyone.",
    "",
    "",
    "",
]


def corpus_cards(releases: Path) -> list[tuple[str, str]]:
    """[(Hub id, card text)] of every corpus release with a README.md card."""
    out = []
    for folder in sorted(p for p in releases.iterdir() if p.is_dir()):
        card = folder / "README.md"
        source = folder / "SOURCE.md"
        if not card.is_file() or not source.is_file():
            continue
        text = source.read_text("utf-8")
        m = _ID_LINE.search(text) or _TITLE.search(text)
        if m:
            out.append((m.group(1).strip(), card.read_text("utf-8")))
    return out


def _sections(body: str) -> list[str]:
    parts = re.split(r"(?m)^(?=#{1,3} )", body)
    return [p for p in parts if p.strip()]


def _files(rng: random.Random, kind: str) -> list[dict[str, Any]]:
    files = [{"rfilename": ".gitattributes", "size": 1519}, {"rfilename": "README.md", "size": 5000}]
    if kind == "gguf":
        for q in rng.sample(["Q4_K_M", "Q5_K_M", "Q8_0", "Q2_K", "F16"], 3):
            files.append({"rfilename": f"model.{q}.gguf", "size": rng.randint(2, 9) * 10**9, "lfs": True})
        return files
    if kind == "lora":
        files += [
            {"rfilename": "adapter_config.json", "size": 700},
            {"rfilename": "adapter_model.safetensors", "size": 160_000_000, "lfs": True},
        ]
        return files
    n = rng.choice([1, 2, 4])
    ext = "safetensors" if rng.random() < 0.85 else "bin"
    stem = "model" if ext == "safetensors" else "pytorch_model"
    for i in range(n):
        name = f"{stem}.{ext}" if n == 1 else f"{stem}-{i + 1:05d}-of-{n:05d}.{ext}"
        files.append({"rfilename": name, "size": rng.randint(1, 5) * 10**9, "lfs": True})
    files += [
        {"rfilename": "config.json", "size": 700},
        {"rfilename": "generation_config.json", "size": 180},
        {"rfilename": "tokenizer.json", "size": 9_000_000},
        {"rfilename": "tokenizer_config.json", "size": 50_000},
    ]
    if rng.random() < 0.1:
        files.append({"rfilename": "LICENSE", "size": 11_000})
    return files


def generate(n: int, *, releases: Path, seed: int = 1, copies: float = 0.0) -> Iterator[dict[str, Any]]:
    """`n` rows (the corpus' base models first, then derivatives), streaming. With `copies`, that share
    of the derivatives are re-uploads of an earlier derivative by another owner (same name, card and
    files; their own dates), as mirrors are on the Hub; 0 (the default) gives the same rows as before."""
    rng = random.Random(seed)
    bases = corpus_cards(releases)
    bodies: list[list[str]] = []
    base_meta: dict[str, dict[str, Any]] = {}
    for mid, card in bases:
        m = _FM.match(card)
        meta = {}
        if m:
            try:
                loaded = yaml.safe_load(m.group(1))
                meta = loaded if isinstance(loaded, dict) else {}
            except yaml.YAMLError:
                meta = {}
        base_meta[mid] = meta
        bodies.append(_sections(card[m.end() :] if m else card))
    lic_ids = [x for x, _ in LICENSES]
    lic_w = [w for _, w in LICENSES]
    parents: list[tuple[str, str | None]] = []  # (model id, license) a derivative may build on
    made: list[dict[str, Any]] = []  # derivatives an upload may copy (bounded sample)
    for i, (mid, card) in enumerate(bases):
        if i >= n:
            return
        lic = base_meta[mid].get("license")
        parents.append((mid, lic if isinstance(lic, str) else None))
        yield _row(mid, card, rng, _files(rng, "full"), i)
    for i in range(len(bases), n):
        if copies and made and rng.random() < copies:
            original = made[rng.randrange(len(made))]
            name = original["modelId"].split("/", 1)[1]
            yield {
                **_row(f"mirror{rng.randrange(max(10, n // 50))}/{name}", original["card"], rng, [], i),
                "siblings": original["siblings"],
            }
            continue
        # fine-tunes of fine-tunes: a third of derivatives build on an earlier derivative
        if len(parents) > len(bases) and rng.random() < 0.33:
            parent, parent_lic = parents[rng.randrange(len(bases), len(parents))]
        else:
            parent, parent_lic = parents[rng.randrange(len(bases))]
        org = f"user{rng.randrange(max(10, n // 20))}"
        name = parent.split("/")[-1] + rng.choice(SUFFIXES)
        mid = f"{org}/{name}-{i}"
        lic = rng.choices(lic_ids, lic_w)[0]
        if lic is None:
            lic = parent_lic
        kind = "gguf" if name.endswith("-GGUF") else "lora" if name.endswith("-lora") else "full"
        meta: dict[str, Any] = {}
        if lic:
            meta["license"] = lic
        meta["base_model"] = parent
        if rng.random() < 0.3:
            meta["base_model_relation"] = {"gguf": "quantized", "lora": "adapter"}.get(kind, "finetune")
        if rng.random() < 0.5:
            meta["datasets"] = rng.sample(DATASETS, rng.randint(1, 3))
        meta["tags"] = rng.sample(["text-generation", "conversational", "trl", "sft", "gguf", "llama"], 2)
        if rng.random() < 0.08:
            meta["tags"].append("open-source")
        meta["pipeline_tag"] = "text-generation"
        sections = rng.choice(bodies)
        body = [f"# {name}\n\nA {kind} derivative of [{parent}](https://huggingface.co/{parent}).\n"]
        body += rng.sample(sections, min(len(sections), rng.randint(0, 4)))
        claim = rng.choice(CLAIMS)
        if claim:
            body.append(claim + "\n")
        card = "---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n\n" + "\n".join(body)
        if kind != "gguf" or rng.random() < 0.5:
            parents.append((mid, lic or None))
        row = _row(mid, card, rng, _files(rng, kind), i)
        if copies and len(made) < 1000:
            made.append(row)
        elif copies:
            made[rng.randrange(1000)] = row
        yield row


def _row(mid: str, card: str, rng: random.Random, files: list[dict[str, Any]], i: int) -> dict[str, Any]:
    meta_tags = ["region:us", "safetensors"]
    return {
        "modelId": mid,
        "author": mid.split("/")[0],
        "tags": meta_tags,
        "pipeline_tag": "text-generation",
        "library_name": "transformers",
        "createdAt": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T00:00:00Z",
        "last_modified": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T12:00:00Z",
        "downloads": rng.randrange(0, 100_000),
        "likes": rng.randrange(0, 500),
        "card": card,
        "siblings": files,
    }


def write_jsonl(rows: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_parquet(rows: Iterator[dict[str, Any]], path: Path, batch: int = 2000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("modelId", pa.string()),
            ("author", pa.string()),
            ("tags", pa.list_(pa.string())),
            ("pipeline_tag", pa.string()),
            ("library_name", pa.string()),
            ("createdAt", pa.string()),
            ("last_modified", pa.string()),
            ("downloads", pa.int64()),
            ("likes", pa.int64()),
            ("card", pa.string()),
            (
                "siblings",
                pa.list_(pa.struct([("rfilename", pa.string()), ("size", pa.int64()), ("lfs", pa.bool_())])),
            ),
        ]
    )
    n = 0
    with pq.ParquetWriter(path, schema) as w:
        buf: list[dict[str, Any]] = []
        for r in rows:
            buf.append(r)
            if len(buf) >= batch:
                w.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf = []
        if buf:
            w.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n
