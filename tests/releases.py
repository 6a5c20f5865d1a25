"""Releases the tests build by hand: a model repository read completely, with its card, a LICENSE and a
weights file (and `config.json`, which a public library reads, so deployment code is not what decides)."""

from __future__ import annotations

from typing import Any

from opengauge.model import Document, DocumentKind, FileEntry, Release


def card_and_license(
    ref: str, card: str, license_text: str, metadata: dict[str, Any] | None = None, *, source: str = "hub"
) -> Release:
    """A release of `ref` ("hf:org/name" or "local/name") whose files are its card (README.md), its
    LICENSE, config.json and a weights file."""
    repo_id = ref.split(":", 1)[-1]
    return Release(
        ref=ref,
        source=source,
        id=repo_id,
        metadata={"library_name": "transformers", **(metadata or {})},
        documents=[
            Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card),
            Document(kind=DocumentKind.LICENSE, path="LICENSE", text=license_text),
        ],
        files=[
            FileEntry(path="README.md", size=len(card)),
            FileEntry(path="LICENSE", size=len(license_text)),
            FileEntry(path="config.json", size=300),
            FileEntry(path="model.safetensors", size=10**9, lfs=True),
        ],
    )
