"""Probes about the model parameters: are the weights published, and the intermediate checkpoints?"""

from __future__ import annotations

import re
from typing import Any

from opengauge.model import Evidence, FileEntry, Finding, Level
from opengauge.probes.context import Hit, ProbeContext
from opengauge.probes.registry import probe
from opengauge.probes.vocabulary import vocabulary
from opengauge.weightfiles import is_weight_file

_FORMATS = [
    ("safetensors", re.compile(r"\.safetensors(\.index\.json)?$", re.I)),
    ("gguf", re.compile(r"\.(gguf|ggml)$", re.I)),
    ("pytorch-pickle", re.compile(r"\.(bin|pt|pth|ckpt)(\.index\.json)?$", re.I)),
    ("onnx", re.compile(r"\.onnx$", re.I)),
    ("tensorflow/keras", re.compile(r"\.(h5|keras|tflite)$", re.I)),
    ("flax", re.compile(r"\.msgpack$", re.I)),
    ("other", re.compile(r"\.(npz|nemo|sbs|mlpackage)$", re.I)),
]
_CHECKPOINT_DIR = re.compile(
    r"(^|/)(step[_-]?\d{2,}|checkpoint[_-]\d+|ckpt[_-]?\d+|global_step\d+)(/|$)", re.I
)
_VOCAB = vocabulary("weights")  # probes/vocabulary/weights.yaml: what each pattern recognises, and why
_CHECKPOINT_TEXT = _VOCAB.pattern("checkpoint-text")
_DELTA = _VOCAB.pattern("delta-weights")
_DELTA_NEGATED = _VOCAB.pattern("delta-negated")
_WEIGHTS_ELSEWHERE = re.compile(
    r"download\w*\s.{0,40}\b(weights|checkpoints?)\b|huggingface\.co/(?!datasets/|spaces/|docs/|papers/)[\w-]+/[\w.-]+"
    # held-out release round 12: weights said to be kept elsewhere ("The weights are not stored in this
    # repository ... the checkpoint is a single zip archive on our public S3 bucket"), or a link to an
    # archive or a weights file
    r"|\b(weights|checkpoints?|model files)\b[^.\n]{0,40}\b(are|is)\b[^.\n]{0,20}\b(not )?"
    r"(stored|hosted|kept|available|published|distributed)\b[^.\n]{0,40}\b(in|on|at|from|via|elsewhere)\b"
    r"|https?://\S+\.(zip|tar|tar\.gz|tgz|7z|safetensors|ckpt|pth?|gguf|bin)\b",
    re.I,
)


def _is_weight_file(f: FileEntry) -> bool:
    return is_weight_file(f.path)


def _format_of(path: str) -> str:
    for name, rx in _FORMATS:
        if rx.search(path):
            return name
    return "other"


def _weights_size(files: list[FileEntry]) -> int:
    """The bytes of the weight files listed (their JSON index files left out; an unknown size counts 0)."""
    return sum(f.size or 0 for f in files if not f.path.endswith(".json"))


def _human(size: int) -> str:
    return f"{size / 1e9:.1f} GB" if size >= 1e8 else f"{size / 1e6:.1f} MB"


def _gate_evidence(ctx: ProbeContext) -> list[Evidence]:
    """The evidence that downloads are gated. On the Hub a repository is gated only when its settings say
    so, which the API reports as `gated` (false, "auto" or "manual"); the card's `extra_gated_*` keys only
    word the form such a gate shows ("By default, the model is not gated": huggingface.co/docs/hub/
    models-gated), and a card copied from a gated original carries them into a repository that is not gated
    (held-out release round 25: a third party's GGUF). So when the source knows the API's value (the Hub, an
    audit row with a `gated` column), it decides, and the card's keys decide nothing; only where no such value
    is known (a local folder) do the keys stand for the gate they configure."""
    ev = []
    r = ctx.release
    if r.gated not in (None, False):
        ev.append(
            Evidence(source=r.url or r.ref, quote=f"gated: {r.gated}", note="the Hub reports gated access")
        )
    if r.gated is not None:
        return ev
    for key in ("extra_gated_prompt", "extra_gated_fields", "extra_gated_heading"):
        if key in r.metadata:
            ev.append(ctx.metadata_evidence(key, "the card asks for details before download"))
            break
    return ev


def _delta(ctx: ProbeContext) -> Hit | None:
    """The first line of the documentation saying the weights are a delta to another model's weights
    (not one that denies it: "these weights do not require applying delta"); None when none does."""
    for hit in ctx.search(_DELTA, ctx.readmes, limit=5, skip_front_matter=True):
        line = hit.text
        m = _DELTA.search(line)
        if m is not None and not _DELTA_NEGATED.search(line[max(0, m.start() - 40) : m.start()]):
            return hit
    return None


@probe("weights-published")
def weights_published(ctx: ProbeContext) -> list[Finding]:
    r = ctx.release
    weights = [f for f in r.files if _is_weight_file(f) and not _CHECKPOINT_DIR.search(f.path)]
    if not weights:
        weights = [f for f in r.files if _is_weight_file(f)]
    gate = _gate_evidence(ctx)
    if weights:
        formats = sorted({_format_of(f.path) for f in weights})
        size = _weights_size(weights)
        data = {
            "formats": formats,
            "bytes": size or None,
            "files": len(weights),
            "gated": bool(gate),
            "gate_mode": r.gated if r.gated not in (None, False) else None,
        }
        shown = sorted(weights, key=lambda f: -(f.size or 0))[:3]
        ev = [
            ctx.file_evidence(
                f.path, note=f"{_format_of(f.path)} weights" + (f", {_human(f.size)}" if f.size else "")
            )
            for f in shown
        ]
        what = f"{len(weights)} weight file(s) in {', '.join(formats)}" + (
            f", {_human(size)} in all" if size else ""
        )
        if formats == ["pytorch-pickle"]:
            what += " (pickle format only, which can run code when loaded)"
        delta = _delta(ctx)
        if delta is not None:
            # the experts: weights offered only as a difference to another model's weights are not
            # usable on their own ("Model weights offered as a delta to LLaMA": partial)
            return [
                Finding(
                    probe="weights-published",
                    level=Level.PARTIAL,
                    evidence=[ctx.hit_evidence(delta, "weights published as a delta"), *gate, *ev],
                    data={**data, "delta": True},
                    reason=f"The weights are published ({what}) only as a difference to another model's "
                    "weights, so they cannot be used alone.",
                )
            ]
        return [_published(what, bool(gate), gate + ev, data)]
    other = r.weights_repo
    found = [f for f in other.files if _is_weight_file(f)] if other is not None else []
    if other is not None and found:
        # the publisher keeps the weights in another model repository the card links (held-out release round
        # 18: "Weights: eelgrass-lab/Eelgrass-3B-weights"), or as assets of a GitHub release the card links
        # (round 26: "attached ... to the v1.0 release of our GitHub repository"; Omnilingual ASR.yaml, "Model
        # published on GitHub": open): they are published there, behind its gate if any
        formats = sorted({_format_of(f.path) for f in found})
        size = _weights_size(found)
        where = (
            f"as assets of the release {other.release} of the GitHub repository {other.ref}"
            if other.release
            else f"in the linked repository {other.ref}"
        )
        what = f"{len(found)} weight file(s) in {', '.join(formats)}" + (f", {_human(size)}" if size else "")
        what += f" {where}"
        gated_there = other.gated not in (None, False)
        there = [
            Evidence(
                source=other.file_urls.get(f.path)
                or (other.url if other.release else f"{other.url}/blob/main/{f.path}"),
                note=f"weights, an asset of the GitHub release {other.release}"
                if other.release
                else "weights in the linked repository",
            )
            for f in found[:3]
        ]
        data = {"gated": gated_there, "elsewhere": other.ref, "license_there": other.license}
        if other.release:
            data["release"] = other.release
        return [_published(what, gated_there, there, data)]
    if r.files and not r.files_truncated:
        hits = ctx.search(_WEIGHTS_ELSEWHERE, ctx.readmes, limit=1, skip_front_matter=True)
        if hits:
            return [
                Finding(
                    probe="weights-published",
                    level=Level.UNKNOWN,
                    evidence=[ctx.hit_evidence(hits[0])],
                    data={"gated": bool(gate)},
                    reason="This repository holds no weights; the documentation points elsewhere for them, "
                    "which opengauge did not follow.",
                )
            ]
        return [
            Finding(
                probe="weights-published",
                level=Level.CLOSED,
                evidence=[
                    Evidence(
                        source=r.url or r.ref, note=f"none of the {len(r.files)} files is a weights file"
                    )
                ],
                data={"gated": bool(gate)},
                reason=f"None of the {len(r.files)} files of the release is a weights file.",
            )
        ]
    return [
        Finding(
            probe="weights-published",
            level=Level.UNKNOWN,
            data={"gated": bool(gate)},
            reason="The release's file list is unknown or incomplete, "
            "so published weights could not be checked.",
        )
    ]


def _published(what: str, gated: bool, evidence: list[Evidence], data: dict[str, Any]) -> Finding:
    """Weights that can be downloaded (`what` says which and where): open, or partial behind a gate that asks
    for personal details or the acceptance of terms."""
    return Finding(
        probe="weights-published",
        level=Level.PARTIAL if gated else Level.OPEN,
        evidence=evidence,
        data=data,
        reason=f"The weights are published ({what}) but behind a gate that asks for personal details or "
        "acceptance of terms before download."
        if gated
        else f"The weights can be downloaded freely: {what}.",
    )


@probe("intermediate-checkpoints")
def intermediate_checkpoints(ctx: ProbeContext) -> list[Finding]:
    r = ctx.release
    folders = [
        (f, m.group(2)) for f in r.files if (m := _CHECKPOINT_DIR.search(f.path)) and _is_weight_file(f)
    ]
    in_files = [f for f, _ in folders]
    if in_files:
        dirs = sorted({d for _, d in folders})
        return [
            Finding(
                probe="intermediate-checkpoints",
                level=Level.OPEN,
                evidence=[ctx.file_evidence(f.path, note="intermediate checkpoint") for f in in_files[:3]],
                data={"count": len(dirs)},
                reason=f"{len(dirs)} intermediate checkpoint folder(s) are published with the final weights.",
            )
        ]
    hits = ctx.search(_CHECKPOINT_TEXT, ctx.readmes, limit=3, skip_front_matter=True)
    if hits:
        return [
            Finding(
                probe="intermediate-checkpoints",
                level=Level.OPEN,
                evidence=[ctx.hit_evidence(h, "intermediate checkpoints") for h in hits],
                data={"count": None},
                reason="The documentation says checkpoints from during training are published "
                "(e.g. as revisions of the repository).",
            )
        ]
    return [
        Finding(
            probe="intermediate-checkpoints",
            level=Level.UNKNOWN,
            reason="Neither the files nor the documentation mention intermediate checkpoints.",
        )
    ]
