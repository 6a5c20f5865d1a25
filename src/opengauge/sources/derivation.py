"""The base model a card states in its own words, for releases whose metadata declares none.

The Hub's formal record of lineage is the card's `base_model:` key, but many derivatives (above all
third-party quantizations and conversions) say it only in prose: "GGUF quantizations of
[meta-llama/Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct)",
"- Original model: [Llama 2 7B](https://huggingface.co/meta-llama/Llama-2-7b-hf)", "This model is a
fine-tuned version of mistralai/Mistral-7B-v0.1". A base model's license binds its derivatives, so a
release that states its base this way is read as derived from it, and the line is cited.

Only a statement about the release itself counts: a derivation word (quantized, converted, fine-tuned,
merged, distilled, adapter ... of / from; based on; original or base model:) directly followed by a
Hub reference (a link to a Hub model page, or an `org/name` id). Comparisons ("outperforms
meta-llama/...") and bare mentions are not lineage. The first statement in the card wins: cards of
quantizations often copy the original card below their own words, and its statement names the
grandparent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from opengauge.sources.frontmatter import split_front_matter
from opengauge.sources.refs import NOT_HUB_RESERVED

#: Lines of the card read for a statement (the statement is in the card's opening part).
MAX_LINES = 200
#: Longest line read (a longer one is cut).
MAX_LINE = 2000

# an `org/name` model id; the Hub's own paths (datasets/, spaces/, docs/ ...) are not models
_ID = NOT_HUB_RESERVED + r"[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95}"
# a Hub model reference: a Markdown link to a model page, a bare model-page URL, or an `org/name` id
_REF = (
    r"(?:\[[^\]\n]{1,200}\]\(\s*(?:https?://)?(?:www\.)?huggingface\.co/(?P<link>" + _ID + r")[^)\s]*\s*\)"
    r"|(?:https?://)?(?:www\.)?huggingface\.co/(?P<url>" + _ID + r")"
    r"|`?(?P<id>" + _ID + r")`?)"
)
_KINDS = {
    "quantized": r"quanti[sz](?:ed|ations?)|gguf|gptq|awq|exl2|mlx|bnb|bitsandbytes|\d-?bits?",
    "finetune": r"fine-?tun(?:ed|es?|ing)|finetuned|instruction-?tuned|further\s+trained",
    "merge": r"merge[sd]?",
    "adapter": r"adapters?|lora|qlora",
}
# "fine-tuned on X" names a dataset, never a base: only `of`, `from`, `for`, `on top of` and
# `based on` join a derivation word to its base
_DERIVED = (
    r"(?:(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()) + r"|conver(?:ted|sions?)|"
    r"distill(?:ed|ations?)|versions?|variants?|ports?|exports?|copy|mirror|checkpoints?)"
    r"(?:\s+(?:format|model|files?|weights|version|variant|checkpoints?|quants?)){0,3}"
    r"\s+(?:of|from|for|on\s+top\s+of|based\s+on)\s+(?:the\s+)?(?:original\s+)?(?:model\s+)?"
    r"|(?:based|built)\s+(?:up)?on\s+(?:top\s+of\s+)?(?:the\s+)?(?:model\s+)?|derived\s+from\s+(?:the\s+)?"
    r"|initiali[sz]ed\s+from\s+(?:the\s+)?)"
)
_FIELD = r"^\W{0,6}(?:original|base|parent|source|upstream)[ _-]?model\W{0,4}\s*[:|]\s*\W{0,4}"
_STATEMENT = re.compile(
    r"(?:" + _DERIVED + r"|(?P<field>" + _FIELD + r"))" + _REF, re.IGNORECASE | re.MULTILINE
)
_ANY_REF = re.compile(r"huggingface\.co/" + _ID + r"|\b" + _ID, re.IGNORECASE)
# words that make an `org/name` id something else: a file path, a version or a ratio
_NOT_AN_ID = re.compile(
    r"^(?:\d+/\d+|[\w.-]+/[\w.-]+\.(?:py|json|md|txt|gguf|bin|safetensors))$", re.IGNORECASE
)


_KIND_RX = {k: re.compile(r"\b(?:" + v + r")\b", re.IGNORECASE) for k, v in _KINDS.items()}


def _model_ids(line: str) -> set[str]:
    """The distinct Hub model ids a line names (a link's text and its URL count once)."""
    return {m.lower().removeprefix("huggingface.co/") for m in _ANY_REF.findall(line)}


@dataclass(frozen=True)
class StatedBase:
    """A base model a card states in prose."""

    ref: str
    """`hf:org/name`."""
    relation: str | None
    """`quantized`, `finetune`, `merge` or `adapter` when the words say so."""
    line: int
    """1-based line of the card the statement is on."""
    quote: str
    """The statement as written."""


def stated_base(card_text: str, own_id: str | None = None) -> StatedBase | None:
    """The first base model the card's text states (see the module's rules), or None. `own_id` (the
    release's own Hub id) is never its own base."""
    _, body = split_front_matter(card_text)
    offset = card_text.count("\n", 0, len(card_text) - len(body))
    lines = body.split("\n", MAX_LINES)[:MAX_LINES]
    own = (own_id or "").lower()
    in_code = False
    for i, raw in enumerate(lines):
        if raw.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code:
            continue
        line = raw[:MAX_LINE]
        if own and own in line.lower():
            continue  # a line naming the release itself lists a family (a table of stages), not its base
        for m in _STATEMENT.finditer(line):
            if m.group("field") and len(_model_ids(line)) > 1:
                continue  # "Base model: A | B": a table row of several models, not this release's base
            ref = m.group("link") or m.group("url") or m.group("id")
            ref = ref.rstrip(".,;:)")
            if _NOT_AN_ID.match(ref) or ref.lower() == own:
                continue
            # the kind of derivation: the words of the statement, or just before it ("4-bit conversion of")
            near = line[max(0, m.start() - 40) : m.end()]
            relation = next((k for k in _KINDS if m.group(k)), None) or next(
                (k for k, rx in _KIND_RX.items() if rx.search(near)), None
            )
            return StatedBase(
                ref=f"hf:{ref}", relation=relation, line=offset + i + 1, quote=m.group(0).strip()
            )
    return None
