"""The base model a card states in its own words, for releases whose metadata declares none.

The Hub's formal record of lineage is the card's `base_model:` key, but many derivatives (above all
third-party quantizations and conversions, and older fine-tunes) say it only in prose: "GGUF
quantizations of
[meta-llama/Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct)", "-
Original model: [Llama 2 7B](https://huggingface.co/meta-llama/Llama-2-7b-hf)", "built by finetuning
[MPT-30B](https://huggingface.co/mosaicml/mpt-30b)", "fine-tuned from EleutherAI's GPT-NeoX",
"**Finetuned from model:** [Llama 2](https://arxiv.org/abs/2307.09288)". A base model's license binds
its derivatives, so a release that states its base this way is read as derived from it, and the line is
cited.

Only a statement about the release itself counts: a derivation word (quantized, converted, fine-tuned,
merged, adapter, a version ... of / from; based on; built by finetuning; original or base model:; "a
<model> model fine-tuned ..."; "trained on the <model> model"; "uses <model> as the base") directly
followed by the model, on the same line or, when the words end a line, at the start of the next. After
"on" only a model the word "model" follows counts ("fine-tuned on X" names data). The model is a Hub
reference (a link to a Hub model page, or an `org/name` id), or a name: a link's text when the link
goes elsewhere (a paper), a name in backticks or a plain name ("Llama2 70B", "Flan-t5-xl"). A name is
resolved to a Hub id only through what is known: a Hub model the card itself links whose name is that
name, else the built-in index (entry names, Hub ids and aliases, compared by `textio.name_key`). An id
is never guessed: a name nothing resolves is kept as named (`named:<name>`), a base that cannot be
examined, so the release's label is undetermined rather than open (lineage never launders).

A statement may join several models ("built upon [SigLIP](...) and [Llama-3-8B-Instruct](...)", "X, Y
and Z", "X + Y"): a model built from several is bound by each, so every joined model that is a Hub
model (or a name the card's links or the index resolve) is a base too; siblings of one family listed
together ("based on [deberta-large-mnli](...), [deberta-xlarge-mnli](...)") are alternatives, one per
size, and only the first counts. A family table with a base-model column ("| Model | Base model |")
states the base of the release in the release's own row (a link to its page, or its name), never in
another model's row. A card that states no base anywhere but says the release was fine-tuned, and
whose repository name carries a family of another organisation, is derived from that family
(`named_in_own_name`).

Not lineage: distillation ("distilled from", "knowledge distillation from DeepSeek-R1") names a teacher
whose outputs were learned from, not the model whose weights were trained (the Hub's lineage relations
are fine-tune, adapter, merge and quantization; a student's base is the model it was initialised from,
as in "DeepSeek-R1-Distill-Qwen-7B ... based on Qwen2.5-Math-7B"), so a teacher never becomes the base
("a distilled version of X" still reads as a version of X), unless the student is the teacher pruned
("obtained by pruning X", "pruned and distilled from X": its weights are the teacher's, as a fine-tune's
are its base's); comparisons ("outperforms meta-llama/..."),
bare mentions, a tokenizer, configuration, architecture or code "based on" a model, a part of the
architecture, the evaluation, a test set or a training method "based on" a method or a tool
("Pre-Normalization based on [RMSNorm](arXiv)", "evaluation is based on the VLMEvalKit", "a test set
based on the WMT22 data", "representation learning based on wav2vec 2.0", "techniques derived from the
RetroMAE paper"), a dataset after the words ("fine-tuned from ShareGPT conversations"), training data
named as the object ("built on Cosmo-Corpus": a name ending in a data word, or one the dataset catalog
knows), ordinary words and a number ("based on stage 2", "fine-tuned for another 155k"), a line whose
subject is another model (a family's list: "[dolly-v2-7b](...), based on `pythia-6.9b`"), the section
under a heading that links another Hub model (a family's page: "### [model-xs](...)" then "Based on
[all-MiniLM-L6-v2](...)"), the rows of tables of several models other than the release's own, and code
blocks. The first statement in the card
wins: cards of quantizations often copy the original card below their own words, and its statement
names the grandparent."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from opengauge.model import QUANTIZED
from opengauge.sources.frontmatter import split_front_matter
from opengauge.sources.refs import NOT_HUB_RESERVED
from opengauge.textio import CASE_ODD, CJK_CHAR, matches_at, name_key, table_cells

#: Lines of the card read for a statement (the statement is in the card's opening part).
MAX_LINES = 200
#: Longest line read (a longer one is cut).
MAX_LINE = 2000
#: The prefix of a base model named in the card that nothing resolves to a Hub id.
NAMED = "named:"
#: Most models one statement joins to its first ("X and Y", "X, Y and Z").
MAX_JOINED = 4

# an `org/name` model id; the Hub's own paths (datasets/, spaces/, docs/ ...) are not models
_ID = NOT_HUB_RESERVED + r"[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95}"
_HF = r"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/"
# a Hub model reference: a Markdown link to a model page, a bare model-page URL, or an `org/name` id
_REF = re.compile(
    r"(?:\[(?P<text>[^\]\n]{1,200})\]\(\s*" + _HF + r"(?P<link>" + _ID + r")[^)\s]*\s*\)"
    r"|" + _HF + r"(?P<url>" + _ID + r")"
    r"|`?(?P<id>" + _ID + r")`?)",
    re.IGNORECASE,
)
_KINDS = {
    "quantized": r"quanti[sz](?:ed|ations?)|gguf|gptq|awq|exl2|mlx|bnb|bitsandbytes|\d-?bits?",
    "finetune": r"fine-?tun(?:ed|es?|ing)|finetuned|finetuning|instruction-?tuned|further\s+trained",
    "merge": r"merge[sd]?",
    "adapter": r"adapters?|lora|qlora",
}
# "fine-tuned on X" names a dataset, never a base: only `of`, `from`, `for`, `on top of` and
# `based on` join a derivation word to its base
_DERIVED = (
    r"(?:(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()) + r"|conver(?:ted|sions?)|"
    r"(?P<noun>versions?|variants?|ports?|exports?|copy|mirror|checkpoints?))"
    r"(?:\s+(?:format|model|files?|weights|version|variant|checkpoints?|quants?)){0,3}"
    r"\s+(?:of|from|for|on\s+top\s+of|based\s+on)\s+(?:the\s+)?(?:original\s+)?(?:model\s+)?"
    r"|(?:based|built)\s+(?:up)?on\s+(?:top\s+of\s+)?(?:the\s+)?(?:model\s+)?|derived\s+from\s+(?:the\s+)?"
    r"|(?:initiali[sz]ed|trained)\s+from\s+(?:the\s+)?"
    # the model straight after the verb: "built by finetuning MPT-30B", "trained by fine-tuning Llama 2"
    r"|(?P<bare>(?:fine-?tuning|finetuning|instruction-?tuning|further\s+training"
    # continued pre-training of a model is a derivation too: "We continued pretraining Meta's Llama 3.1 8B
    # on ...", "continual pre-training of Mistral 7B", "further pre-trained from ..."
    r"|(?:continued|continual|continuing|further)\s+pre-?training(?:\s+(?:of|from|on\s+top\s+of))?"
    r"|(?:continued|continually|further)\s+pre-?trained\s+(?:from|on\s+top\s+of)"
    # a pruned model's weights are its source's with parts removed, whatever trains them afterwards: "obtained
    # by pruning Llama-3.1-8B", "We pruned [X](...) in width", "pruned and distilled from X" (held-out release
    # round 27; the experts rate models pruned and distilled from Llama 3.3 70B through their Llama base,
    # Llama-Nemotron in the OSAI index); only before what may be a model (a link, an id, a capital or a digit:
    # "pruning and distillation", "pruned tokens" are none)
    r"|(?:prun(?:ed|ing)(?:\s+and\s+(?:then\s+)?distill?ed)?(?:\s+(?:down\s+)?from)?"
    # a model made by depth up-scaling another is that model's layers stacked and trained on (held-out release
    # round 29: "We made it by depth up-scaling [Focaccia-7B](...)"; "up-scaled from X"): only "depth
    # up-scaling" or "up-scaled from", not an image upscaler's "upscaling" of pictures
    r"|depth[\s-]+up-?scal(?:ed|ing)(?:\s+(?:of|from))?|up-?scaled\s+from)"
    r"(?=\s+(?:the\s+)?(?:(?-i:[\[`A-Z0-9])|[\w.-]+/[\w.-])))\s+(?:the\s+)?))"
)
# the model card template's fields: "Base model:", "Original model:", "Finetuned from model:"
_FIELD = (
    r"^\W{0,6}(?:(?:original|base|parent|source|upstream)[ _-]?model"
    r"|(?:fine-?tuned|finetuned|trained|quanti[sz]ed|converted|derived)\s+from(?:\s+model)?"
    # the same fields in Chinese, Japanese and Korean cards ("**基座模型：** Shaobing-7B", "ベースモデル: X",
    # "베이스 모델: X"), whose colon may be the full-width one (held-out release round 29)
    r"|基座模型|基础模型|基礎模型|底座模型|基模型|原始模型|原模型|ベース\s?モデル|元モデル|ベースとなるモデル"
    r"|베이스\s?모델|기반\s?모델|기본\s?모델|원본\s?모델)"
    r"\W{0,4}\s*[:|：]\s*[^\w\[`]{0,4}"
)
_TRIGGER = re.compile(r"(?:" + _DERIVED + r"|(?P<field>" + _FIELD + r"))", re.IGNORECASE | re.MULTILINE)
# statements whose model sits between two parts of the words, each (head, tail, relation):
# "X is a <model> model fine-tuned ..."; "trained on the <model> model" (after "on", only a model
# the word "model" follows: "fine-tuned on X" alone names a dataset); "uses <model> as the base"
_AROUND = tuple(
    (re.compile(head, re.IGNORECASE), re.compile(tail, re.IGNORECASE), relation)
    for head, tail, relation in (
        (
            r"\b(?:is|was)\s+an?\s+(?=\S)",
            r"\s+(?:[\w-]+\s+)?model\s+(?:fine-?tuned|finetuned|instruction-?tuned|further\s+trained)\b",
            "finetune",
        ),
        (
            r"\b(?:(?:pre-?)?trained|fine-?tuned|finetuned|instruction-?tuned|built)\s+on\s+(?:top\s+of\s+)?"
            r"(?:the\s+)?(?=\S)",
            r"\s+(?:base\s+)?model\b(?!s|\s+(?:outputs?|generations?|responses?|completions?|answers?)\b)",
            None,
        ),
        (
            r"\b(?:uses|using|used)\s+(?:the\s+)?(?=\S)",
            r"\s+(?:model\s+)?as\s+(?:the\s+|its\s+|a\s+|our\s+)?(?:base|foundation)(?:\s+model)?\b",
            None,
        ),
    )
)
# the same statements in Chinese, Japanese and Korean cards (held-out release round 29: "我们在
# [Shaobing-7B](...) 的基础上扩充了中文词表，并在 ... 进行了增量预训练"), tried only on a line with such
# characters.
# (head, tail, relation): words before the model and words after it; a head of None is no words at all (these
# languages put the model first: "X をベースに", "X 를 기반으로", "X 的 GGUF 量化版本")
# what is "based on" a model when it is not the weights: its architecture, tokenizer, vocabulary, code, data,
# framework, method, design or paper ("基于 LLaMA 架构" names an architecture)
_CJK_NOT_WEIGHTS = (
    r"(?!\s*的?\s*(?:模型)?\s*(?:架构|架構|结构|結構|分词器|分詞器|词表|詞表|代码|代碼|数据|數據|框架|方法|技术|技術"
    r"|论文|論文|思路|设计|設計|评测|評測))"
)
_CJK_AROUND = tuple(
    (re.compile(head) if head else None, re.compile(tail), relation)
    for head, tail, relation in (
        # Chinese: "在 X 的基础上" (on the basis of X), "基于 X" (based on X), "以 X 为基座" (X as the base),
        # "对 X 进行增量预训练" (continued pre-training of X), "X 的量化版本" (a quantized version of X)
        (r"在\s*", r"\s*(?:模型)?\s*的?\s*(?:基础|基礎)上", None),
        (r"基于\s*|基於\s*", _CJK_NOT_WEIGHTS, None),
        (
            r"以\s*",
            r"\s*(?:模型\s*)?(?:为|作为|作為|為)\s*(?:基座|基础|基礎|底座|基模型|初始化|起点|起點)",
            None,
        ),
        (
            r"(?:对|對|将|將)\s*",
            r"\s*(?:模型\s*)?(?:进行|進行|做)?了?\s*(?:增量预训练|增量預訓練|继续预训练|繼續預訓練|持续预训练|持續預訓練"
            r"|二次预训练|微调|微調|精调|指令微调)",
            "finetune",
        ),
        (None, r"\s*(?:模型)?\s*的\s*(?:[A-Za-z0-9-]+\s*)?(?:量化|量化版|量化版本|量化模型)", "quantized"),
        (None, r"\s*(?:模型)?\s*的\s*(?:微调|微調|精调|增量预训练|继续预训练)(?:版本?|模型)", "finetune"),
        # Japanese: "X をベースに" (based on X), "X に継続事前学習" (continued pre-training), "X の量子化"
        (None, r"\s*(?:モデル)?\s*(?:を|の)\s*(?:ベース|元|もと|基|土台)\s*(?:に|と|として)", None),
        (
            None,
            r"\s*(?:モデル)?\s*(?:に対して|に|を)\s*(?:[\u3040-\u30ff\u3400-\u9fff]{1,8}?(?:の|で))?\s*"
            r"(?:継続事前学習|追加事前学習|継続学習|ファインチューニング|微調整|追加学習|指示チューニング)",
            "finetune",
        ),
        (None, r"\s*(?:モデル)?\s*(?:を|の)\s*(?:[A-Za-z0-9-]+\s*)?量子化", "quantized"),
        # Korean: "X 를 기반으로" (based on X), "X 을 미세 조정" (fine-tuned X), "X 의 양자화" (quantized X)
        (None, r"\s*(?:모델)?\s*(?:을|를)\s*(?:기반으로|바탕으로|베이스로|기반\s*모델로)", None),
        (
            None,
            r"\s*(?:모델)?\s*(?:을|를)\s*(?:미세\s*조정|파인\s*튜닝|추가\s*(?:사전\s*)?학습|지속\s*사전\s*학습)",
            "finetune",
        ),
        (None, r"\s*(?:모델)?\s*(?:의|을|를)\s*(?:[A-Za-z0-9-]+\s*)?양자화", "quantized"),
    )
)
# where a model may start when no words come before it: not inside a Latin word, an id, a link or an address
_MODEL_START = re.compile(r"(?<![A-Za-z0-9_./\-\[\]`(])(?=[\[`A-Za-z0-9])")
#: The characters before a model-first statement's words that its model may take (a link, a long name).
CJK_MODEL_SPAN = 400
_ANY_REF = re.compile(r"huggingface\.co/" + _ID + r"|\b" + _ID, re.IGNORECASE)
# words that make an `org/name` id something else: a file path, a version or a ratio
_NOT_AN_ID = re.compile(
    r"^(?:\d+/\d+|[\w.-]+/[\w.-]+\.(?:py|json|md|txt|gguf|bin|safetensors))$", re.IGNORECASE
)
# the owner before a model: "EleutherAI's ", "[EleutherAI's](https://www.eleuther.ai/) "
_OWNER = re.compile(r"(?:\[[^\]\n]{1,60}?['’]s\]\([^)\s]{0,300}\)|[A-Z][\w.-]{0,40}['’]s)\s+")
# the parts of a model that make its owner the model itself ("Focaccia-7B's weights"), and the possessive
_OWN_PARTS = re.compile(r"(?:pre-?trained\s+)?(?:weights|parameters|checkpoints?|layers)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
# a link that is not to a Hub model page: its text names the model (a paper, a blog)
_OTHER_LINK = re.compile(r"\[(?P<text>[^\]\n]{1,80})\]\(\s*(?P<url>[^)\s]{1,500})\s*\)")
# a link whose target is code or a Hub page that is not a model: not a base model
_NOT_MODEL_URL = re.compile(
    r"(?:github\.com|gitlab\.com|bitbucket\.org|" + _HF.replace("(?:https?://)?", "") + r")", re.IGNORECASE
)
_TICKED = re.compile(r"`(?P<text>[^`\n]{1,80})`")
# a plain model name: a word (letters first; `-`/`.` joined parts), then up to four size, version or
# variant words ("Llama 3.1 8B Instruct", "Llama2 70B", "Flan-t5-xl", "GPT-NeoX")
_WORD = r"[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*"
# one size, version or variant word; a dot only inside a number ("2.0", not the sentence's "2.0.")
_EXT_WORD = (
    r"(?:v?\d(?:\w|\.(?=\w))*|instruct|chat|base|it|pt|hf|turbo|mini|small|medium|large|xl|xxl|pro|plus|"
    r"beta|alpha)"
)
# such words joined by hyphens count as one ("Mini-4K-Instruct"); "70B-ish" is none
_EXT = _EXT_WORD + r"(?:-" + _EXT_WORD + r")*(?![\w-])"
_PLAIN = re.compile(r"(?P<text>" + _WORD + r"(?:[ ]" + _EXT + r"){0,4})(?![\w-])", re.IGNORECASE)
# what a statement is about when these words are among the four before it, or follow its model
_NOT_LINEAGE_BEFORE = re.compile(
    r"\b(?:tokeni[sz]ers?|vocab(?:ulary)?|config(?:uration)?s?|architectures?|code(?:base)?|"
    r"implementations?|recipes?|scripts?|templates?|dataset|data|sets?|splits?|"
    # a part of the architecture, the evaluation or a training method "based on" a method or a tool
    # ("representation learning based on wav2vec 2.0": the objective, not the weights)
    r"normali[sz]ation|attention|embeddings?|activations?|evaluations?|benchmarks?|learning|objectives?|"
    r"approach(?:es)?|techniques?)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_NOT_LINEAGE_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:(?:model|transformer)\s+)?(?:tokeni[sz]ers?|vocab(?:ulary)?|config(?:uration)?s?|"
    r"architectures?|code(?:base)?|implementations?|recipes?|scripts?|library|framework|repo(?:sitory)?|"
    r"transformer|paper|models|family|series|data(?:sets?)?|corpus|conversations|samples|records|examples|instructions|style)\b",
    re.IGNORECASE,
)
# names that are methods, libraries and services, not models
_NOT_A_MODEL = frozenset(
    name_key(n)
    for n in (
        "LoRA QLoRA PEFT RLHF RLAIF DPO PPO ORPO KTO SFT TRL DeepSpeed FSDP ZeRO PyTorch TensorFlow JAX "
        "HuggingFace Hugging-Face Transformers ShareGPT OpenAI GitHub ChatGPT-style GPUs TPUs LLMs NLP"
    ).split()
)
_ID_SHAPE = re.compile(r"[A-Z0-9_.-]")
_PLAIN_SHAPE = re.compile(r"\d|[A-Z].*[A-Z].*[a-z]|[A-Z].*[a-z].*[A-Z]")
# a Hub model page's address: what makes a heading name another model
_LINKED_ID = re.compile(_HF + r"(" + _ID + r")", re.IGNORECASE)
#: The hosts every `_LINKED_ID` match holds (lower case), and the part of a match from its host on:
#: the id a match captures, and where it ends, are those of its host's occurrence, whatever scheme or
#: `www.` comes before
_HUB_HOSTS = ("huggingface.co/", "hf.co/")
_HOST_ID = re.compile(r"(?:huggingface\.co|hf\.co)/(" + _ID + r")", re.IGNORECASE)
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_LETTER = re.compile(r"[^\W\d_]")
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s")
_FIRST_WORD = re.compile(r"[\dA-Z]|\w[.-]\w")
# a table's header rule ("|---|:--:|"), a header cell naming the base model, Markdown emphasis
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BASE_HEAD = re.compile(r"(?:base|original|parent|foundation|source)[ _-]?models?", re.IGNORECASE)
_MD_MARK = re.compile(r"[*_`]+")
_NAME_SEP = re.compile(r"[-_.]")
# what joins two models in one statement: "X and Y", "X, Y and Z", "X + Y", "X & Y"
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|[&+]\s*)", re.IGNORECASE)
_DATA_NAME = re.compile(r"[\s_-](?:corpus|corpora|data(?:sets?)?|mix(?:ture)?|collection)$", re.IGNORECASE)


def _model_ids(line: str) -> set[str]:
    """The distinct Hub model ids a line names (a link's text and its URL count once)."""
    return {m.lower().removeprefix("huggingface.co/") for m in _ANY_REF.findall(line)}


@dataclass(frozen=True)
class StatedBase:
    """A base model a card states in prose."""

    ref: str
    """`hf:org/name`, or `named:<name>` for a model named that nothing resolves to a Hub id."""
    relation: str | None
    """`quantized`, `finetune`, `merge` or `adapter` when the words say so."""
    line: int
    """1-based line of the card the statement is on; 0 when the repository's own name states it (a
    quantization named after its model, `named_in_own_name`)."""
    quote: str
    """The statement as written."""
    name: str | None = None
    """The name as written, when the card names the model rather than giving its Hub id."""
    also: tuple[str, ...] = ()
    """Further bases the same statement joins to the first ("built upon [SigLIP](...) and
    [Llama-3-8B-Instruct](...)"): `hf:` ids, each binding the release as the first does."""

    @property
    def resolved(self) -> bool:
        """True when the base is a Hub model id."""
        return self.ref.startswith("hf:")


@dataclass(frozen=True)
class _Object:
    hub: str | None
    name: str | None
    end: int
    joined: tuple[_Object, ...] = ()
    """The models joined to this one by "and", "," or "+" in the same statement."""


def _object(text: str, pos: int, *, strict: bool = False) -> _Object | None:
    """The model a statement names at `pos` of `text`: a Hub id, or a name; None when what follows
    is not a model (a dataset page, a code repository, an ordinary word). `strict` (words with no
    preposition) takes a bare `org/name` only when it is spelled like an id ("and/or" is not)."""
    while pos < len(text) and text[pos] in " \t*_:|":
        pos += 1
    owner = _OWNER.match(text, pos)
    if owner and _OWN_PARTS.match(text, owner.end()):
        # the owner is the model: "initialised from Focaccia-7B's weights" (held-out release round 29)
        name = _POSSESSIVE.sub("", owner.group(0).strip())
        plain = _PLAIN.fullmatch(name) if "[" not in name else None
        return _Object(hub=None, name=name, end=owner.end()) if plain else None
    start = owner.end() if owner else pos
    for at in dict.fromkeys((pos, start)):
        m = _REF.match(text, at)
        if m:
            ref = (m.group("link") or m.group("url") or m.group("id")).rstrip(".,;:)")
            if _NOT_AN_ID.match(ref) or (strict and m.group("id") and not _ID_SHAPE.search(ref)):
                return None
            return _Object(hub=ref, name=None, end=m.end())
    link = _OTHER_LINK.match(text, start)
    if link:
        if _NOT_MODEL_URL.search(link.group("url")):
            return None  # a code repository, or a Hub page that is not a model (a dataset)
        name = link.group("text").strip()
        return _Object(hub=None, name=name, end=link.end()) if _PLAIN.fullmatch(name) else None
    ticked = _TICKED.match(text, start)
    if ticked:
        name = ticked.group("text").strip()
        return _Object(hub=None, name=name, end=ticked.end()) if _PLAIN.fullmatch(name) else None
    plain = _PLAIN.match(text, start)
    if plain:
        return _Object(hub=None, name=plain.group("text"), end=plain.end())
    return None


def _plain_enough(name: str) -> bool:
    """True when a name looks like a model's (a digit, or mixed-case letters:
    `Flan-t5-xl`, `GPT-NeoX`, `LLaMA`), not an ordinary word or a method: its first word has a
    digit or a capital ("stage 2", "another 155k" are words and a number), and it is not training
    data (a name ending in a data word, "Cosmo-Corpus", or one the dataset catalog knows)."""
    first = name.split(None, 1)[0]
    if not _PLAIN_SHAPE.search(name) or not (_FIRST_WORD.search(first) or _family_word(first)):
        return False
    if name_key(name) in _NOT_A_MODEL or _DATA_NAME.search(name):
        return False
    # the dataset catalog is package data; imported where a name needs it
    from opengauge.knowledge.datasets import find_dataset

    return find_dataset(name) is None


def _family_word(word: str) -> bool:
    """True when a lowercase word begins a name the built-in index knows ("llama 2", "mistral 7b"):
    a family's name written in lowercase, not an ordinary word ("stage 2", "another 155k")."""
    key = name_key(word)
    return len(key) >= 3 and any(k.startswith(key) for k in index_names())


def _linked_models(lines: list[str]) -> dict[str, str]:
    """name_key of each Hub model the card links or names by id (its repository name, and a link's
    text) -> the id; a key two different ids share is dropped."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for line in lines:
        for m in _REF.finditer(line):
            ref = (m.group("link") or m.group("url") or "").rstrip(".,;:)")
            if not ref or _NOT_AN_ID.match(ref):
                continue
            for key in {name_key(ref.split("/", 1)[1]), name_key(m.group("text") or "")} - {""}:
                if out.setdefault(key, ref).lower() != ref.lower():
                    clash.add(key)
    return {k: v for k, v in out.items() if k not in clash}


@lru_cache(maxsize=1)
def index_names() -> Mapping[str, str]:
    """name_key of every name the built-in index knows a Hub model by (entry name, Hub id, aliases,
    and the repository name of each) -> the Hub id; a key two entries share is dropped. Built once,
    on the first name that needs it."""
    # the index is package data; imported here, where a name needs it (it imports the catalogs)
    from opengauge.index.load import load_index

    out: dict[str, str] = {}
    clash: set[str] = set()
    for e in load_index():
        if e.closed_reference:
            continue
        hub = e.release.id
        for n in (e.name, e.release.id, *e.aliases):
            for key in {name_key(n), name_key(n.rsplit("/", 1)[-1])}:
                if out.setdefault(key, hub) != hub:
                    clash.add(key)
    return {k: v for k, v in out.items() if k not in clash}


def stated_base(
    card_text: str,
    own_id: str | None = None,
    *,
    known: Callable[[], Mapping[str, str]] | None = index_names,
) -> StatedBase | None:
    """The first base model the card's text states (see the module's rules), or None. `own_id` (the
    release's own Hub id) is never its own base. `known` gives the names resolved to Hub ids beyond
    those the card links (the built-in index by default; None for none). A base stated only by a
    family's name ("derived from Llama2") gives way to a later statement of one member's Hub id
    ("pruned and further pre-trained from meta-llama/Llama-2-7b-hf"): the more exact of the two."""
    first = None
    for found in _stated_bases(card_text, own_id, known=known):
        if first is None:
            first = found
            if not found.ref.startswith(NAMED):
                return found
        elif not found.ref.startswith(NAMED) and first.name is not None:
            member = name_key(found.ref.rsplit("/", 1)[-1])
            if member.startswith(name_key(first.name)):
                return found
    return first


def _stated_bases(
    card_text: str,
    own_id: str | None,
    *,
    known: Callable[[], Mapping[str, str]] | None,
) -> Iterator[StatedBase]:
    """Every base model the card's text states, in the card's order (see `stated_base`)."""
    offset, lines = _card_lines(card_text)
    own = (own_id or "").lower()
    own_keys = {name_key(own), name_key(own.rsplit("/", 1)[-1])} - {""}
    skip = _skipped(lines)
    rows = _own_rows(lines, own, own_keys)
    linked: dict[str, str] | None = None  # the card's linked models, read once when a name needs them
    other: int | None = None  # the level of a heading that names another Hub model, while under it

    def lookup(name: str) -> str | None:
        """The Hub id the card's own links, else the built-in index, give a name."""
        nonlocal linked
        if linked is None:
            linked = _linked_models(lines)
        key = name_key(name)
        return linked.get(key) or (known() if known else {}).get(key)

    def joined_ref(o: _Object) -> str | None:
        """A joined model binds as the first does, but only one something resolves: an extra name
        nothing knows ("... and Apache 2.0") is not made a base."""
        if o.hub is not None:
            hub: str | None = o.hub
        elif o.name is not None and name_key(o.name) not in own_keys and _plain_enough(o.name):
            hub = lookup(o.name)
        else:
            hub = None
        return f"hf:{hub}" if hub and hub.lower() != own else None

    for i, line in enumerate(lines):
        if i in skip:
            continue
        heading = _HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            if other is None or level <= other:
                other = level if _names_another_model(line, own) else None
        if other is not None and not heading:
            # a section about another model (a family's page: "### [model-xs](...)" then "Based on
            # [all-MiniLM-L6-v2](...)")
            continue
        found = _statement(line, lines[i + 1] if i + 1 < len(lines) and i + 1 not in skip else "", own)
        if found is None and i in rows:
            found = (rows[i], line.strip(), None)
        if found is None:
            continue
        obj, quote, relation = found
        # the first model's Hub id (a link or id, else a plain-enough name its links or the index resolve)
        if obj.hub is not None:
            first: str | None = obj.hub
        else:
            assert obj.name is not None
            if name_key(obj.name) in own_keys or not _plain_enough(obj.name):
                continue
            first = lookup(obj.name)
            if first is not None and first.lower() == own:
                continue
        also = tuple(
            dict.fromkeys(
                r for r in map(joined_ref, obj.joined) if r and not (first and _siblings(first, r[3:]))
            )
        )
        line_no = offset + i + 1
        if obj.hub is not None:
            yield StatedBase(ref=f"hf:{obj.hub}", relation=relation, line=line_no, quote=quote, also=also)
        else:
            ref = f"hf:{first}" if first else f"{NAMED}{obj.name}"
            yield StatedBase(ref=ref, relation=relation, line=line_no, quote=quote, name=obj.name, also=also)


def _own_rows(lines: list[str], own: str, own_keys: set[str]) -> dict[int, _Object]:
    """A family table's row about the release itself, with a "Base model" column: line index -> the
    model that column names ("| [BAAI/bge-reranker-v2-gemma](...) | [gemma-2b](...) | ..."). Only the
    release's own row counts (the others are other models' lineage); a row names the release by a
    link to its page or by its repository's name."""
    out: dict[int, _Object] = {}
    column: int | None = None
    for i, line in enumerate(lines):
        if not line.lstrip().startswith("|"):
            column = None
            continue
        if i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            heads = [_MD_MARK.sub("", c).strip() for c in table_cells(line)]
            column = next((k for k, h in enumerate(heads) if _BASE_HEAD.fullmatch(h)), None)
            continue
        if column is None or _TABLE_RULE.match(line):
            continue
        cells = table_cells(line)
        if column >= len(cells):
            continue
        others = [c for k, c in enumerate(cells) if k != column]
        names = {name_key(_MD_MARK.sub("", _MD_LINK.sub(r"\1", c))) for c in others}
        linked_own = bool(own) and any(own in {m.lower() for m in _LINKED_ID.findall(c)} for c in others)
        if linked_own or bool(names & own_keys):
            obj = _object(cells[column], 0)
            if obj is not None:
                out[i] = obj
    return out


def _card_lines(card_text: str) -> tuple[int, list[str]]:
    """(lines of front matter before the body, the body's first `MAX_LINES` lines, each cut to
    `MAX_LINE`): what the statements of lineage are looked for in."""
    _, body = split_front_matter(card_text)
    offset = card_text.count("\n", 0, len(card_text) - len(body))
    return offset, [raw[:MAX_LINE] for raw in body.split("\n", MAX_LINES)[:MAX_LINES]]


def linked_model_ids(text: str) -> list[str]:
    """The Hub model pages a text links (`org/name`, in order, each once)."""
    return list(dict.fromkeys(m.rstrip(".") for m in _linked_ids(text)))


def _linked_ids(text: str) -> list[str]:
    """`_LINKED_ID.findall(text)`, the pattern tried only where the lower-cased text holds a Hub host
    (one case-insensitive scan of a long card costs about 1 ms; `textio.matches_at`): a host that
    starts inside the last match is no match's, any other gives the match `_HOST_ID` finds there."""
    return [m.group(1) for m in matches_at(_HOST_ID, text, _HUB_HOSTS)]


def _is_fence(line: str) -> bool:
    return line.lstrip().startswith(("```", "~~~"))


def _names_another_model(heading: str, own: str) -> bool:
    """True when a heading is only a link to another Hub model's page (a family page's section,
    "### [model-xs](https://huggingface.co/org/model-xs)"): no words of its own beside the link, which
    would make it a statement ("# Original model: [X](...)", "## Conversion of [X](...)")."""
    named = {m.lower().rstrip(".") for m in _LINKED_ID.findall(heading)}
    if not named or own in named:
        return False
    return not _LETTER.search(_MD_LINK.sub(" ", heading))


def _skipped(lines: list[str]) -> set[int]:
    """The lines inside (or fencing) code blocks."""
    out: set[int] = set()
    in_code = False
    for i, raw in enumerate(lines):
        if _is_fence(raw):
            in_code = not in_code
            out.add(i)
        elif in_code:
            out.add(i)
    return out


def _statement(line: str, following: str, own: str) -> tuple[_Object, str, str | None] | None:
    """The first statement of a line: the model, the words quoted, the relation."""
    table = line.lstrip().startswith("|")
    candidates: list[tuple[int, _Object, str, str | None]] = []
    # a space after the line: words that end it ("derived from") still match, their model on the next
    for m in _TRIGGER.finditer(line + " "):
        if m.group("field") and len(_model_ids(line)) > 1:
            continue  # "Base model: A | B": a table row of several models, not this release's base
        text, at = line, m.end()
        if not line[at:].strip() and following.strip():
            text, at = line + " " + following.strip(), len(line) + 1  # the model on the next line
        obj = _object(text, at, strict=bool(m.group("bare")))
        if obj is not None and obj.hub is None and m.group("noun"):
            continue  # "checkpoints from `step1000`": a noun with a name is not read, only with a Hub id
        if obj is None or not _about_the_release(line, m.start(), text, obj, own, table):
            continue
        near = line[max(0, m.start() - 40) : m.end()]
        kind = next((k for k in _KINDS if m.group(k)), None) or ("finetune" if m.group("bare") else None)
        relation = kind or next((k for k, rx in _KIND_RX.items() if rx.search(near)), None)
        joined = _joined(text, obj.end)
        end = joined[-1].end if joined else obj.end
        obj = _Object(hub=obj.hub, name=obj.name, end=obj.end, joined=joined)
        candidates.append((m.start(), obj, text[m.start() : end].strip(), relation))
        break
    for head, tail, relation in _AROUND:
        for m in head.finditer(line):
            obj = _object(line, m.end(), strict=True)
            after = tail.match(line, obj.end) if obj is not None else None
            if obj is None or after is None:
                continue
            if _about_the_release(line, m.start(), line, obj, own, table):
                candidates.append((m.start(), obj, line[m.start() : after.end()].strip(), relation))
                break
    if CJK_CHAR.search(line):
        candidates += _cjk_statements(line, own, table)
    if not candidates:
        return None
    _, obj, quote, relation = min(candidates, key=lambda c: c[0])
    return obj, quote, relation


def _cjk_statements(line: str, own: str, table: bool) -> list[tuple[int, _Object, str, str | None]]:
    """The statements of lineage a line states in Chinese, Japanese or Korean (`_CJK_AROUND`): (start, model,
    the words quoted, relation), the first of each kind. A model-first statement takes the model that ends
    where its words begin, within `CJK_MODEL_SPAN` characters before them."""
    out: list[tuple[int, _Object, str, str | None]] = []
    for head, tail, relation in _CJK_AROUND:
        if head is not None:
            for m in head.finditer(line):
                obj = _object(line, m.end(), strict=True)
                after = tail.match(line, obj.end) if obj is not None else None
                if (
                    obj is not None
                    and after is not None
                    and _about_the_release(line, m.start(), line, obj, own, table)
                ):
                    out.append((m.start(), obj, line[m.start() : after.end()].strip(), relation))
                    break
            continue
        found = None
        for words in tail.finditer(line):
            for p in _MODEL_START.finditer(line, max(0, words.start() - CJK_MODEL_SPAN), words.start() + 1):
                obj = _object(line, p.start(), strict=True)
                after = tail.match(line, obj.end) if obj is not None else None
                if obj is None or after is None or after.start() != words.start():
                    continue
                if _about_the_release(line, p.start(), line, obj, own, table):
                    found = (p.start(), obj, line[p.start() : after.end()].strip(), relation)
                    break
            if found:
                break
        if found:
            out.append(found)
    return out


def _joined(text: str, end: int) -> tuple[_Object, ...]:
    """The models joined to a statement's model by "and", "," or "+" ("built upon [SigLIP](...) and
    [Llama-3-8B-Instruct](...)": a model built from several, each of which binds it), up to
    `MAX_JOINED`; the list stops at the first thing that is not a model, or one the words after it
    make something else ("... and Llama 3's tokenizer")."""
    out: list[_Object] = []
    while len(out) < MAX_JOINED:
        m = _AND.match(text, end)
        nxt = _object(text, m.end()) if m else None
        if nxt is None or _NOT_LINEAGE_AFTER.match(text, nxt.end):
            break
        out.append(nxt)
        end = nxt.end
    return tuple(out)


def _siblings(a: str, b: str) -> bool:
    """True when two Hub ids are members of one family (one organisation, the same first word of the
    name: `microsoft/deberta-large-mnli`, `microsoft/deberta-v2-xxlarge-mnli`): a list of siblings
    names alternatives ("fine-tuned from Llama-2-7b and Llama-2-13b", one per size of a family's
    models), not the several parents of one model."""
    (org_a, _, name_a), (org_b, _, name_b) = a.lower().partition("/"), b.lower().partition("/")
    return org_a == org_b and _NAME_SEP.split(name_a, 1)[0] == _NAME_SEP.split(name_b, 1)[0]


def _about_the_release(line: str, start: int, text: str, obj: _Object, own: str, table: bool) -> bool:
    """False when the statement is not this release's lineage: its model is the release itself;
    a tokenizer, configuration, architecture or code is what is "based on" it, or a dataset follows;
    another Hub model earlier on the line is the statement's subject; a name in a table's row."""
    if obj.hub is not None and obj.hub.lower() == own:
        return False
    sentence = _SENTENCE_END.split(line[:start])[-1]
    if _NOT_LINEAGE_BEFORE.search(sentence) or _NOT_LINEAGE_AFTER.match(text, obj.end):
        return False
    if _negated(sentence):
        return False
    if obj.hub is None and table:
        return False
    return not (_model_ids(line[:start]) - {own})


_KIND_RX = {k: re.compile(r"\b(?:" + v + r")\b", re.IGNORECASE) for k, v in _KINDS.items()}
# where a sentence ends: a stop, a semicolon, a question or exclamation mark (in Chinese or Japanese too)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|[。！？；]")
# a negation ("is not a fine-tune of", "was never trained from", "neither ... nor"), not "not only"
_NEGATION = re.compile(
    r"\b(?:not|never|neither|nor)\b(?!\s+(?:only|just|merely|simply)\b)|n['’]t\b", re.IGNORECASE
)
# what a negation may govern up to the statement's words: a list of what the release is not ("a fine-tune, a
# distillation, a pruned copy or a"), each item naming a way of deriving a model
_LIST_SEP = re.compile(r",|\b(?:or|nor|and)\b", re.IGNORECASE)
_ARTICLES = re.compile(r"^(?:(?:an?|the|any|just|simply|merely|even)\s*)*$", re.IGNORECASE)
_DERIVATION_WORD = re.compile(
    r"fine-?tun|finetun|distill|cop(?:y|ies)|quanti[sz]|merge|version|variant|conver|derivat|port\b|prun|"
    r"adapter|lora|re-?train|train|based|built|upscal|up-scal|compress|clone|mirror|checkpoint",
    re.IGNORECASE,
)


def _negated(sentence: str) -> bool:
    """True when the words of a statement are denied by a negation before them in their sentence: "X is not a
    fine-tune, a distillation, a pruned copy or a quantization of Y" (held-out release round 29: a draft model
    trained from scratch, which says so of the model it speeds up), "was not fine-tuned from Y", "neither
    merged nor quantized from Y". Only a negation whose words up to the statement are a list of such ways of
    deriving a model counts: "Unlike X, which is not open, Foo is a fine-tune of Bar" and "Not an official
    product, a fine-tune of Bar" state lineage."""
    last = None
    for found in _NEGATION.finditer(sentence):
        last = found
    if last is None:
        return False
    items = [i.strip() for i in _LIST_SEP.split(sentence[last.end() :])]
    return all(not i or _ARTICLES.match(i) or _DERIVATION_WORD.search(i) for i in items)


# --- a merge's parents, as the merge tool's card states them --------------------------------------

# mergekit's card: "### Models Merged" / "The following models were included in the merge:", then
# one list item per parent
_MERGED_HEAD = re.compile(
    r"^\W{0,8}(?:the\s+following\s+models\s+were\s+(?:included|used)\s+in\s+the\s+merge|models\s+merged)\W*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s{0,8}(?:[*+-]|\d{1,3}[.)])\s+")
# the merge recipe (mergekit's YAML): `- model: org/name`, `base_model: org/name`; a mixture of experts
# made by mergekit-moe lists each expert as `- source_model: org/name` (held-out release round 29)
_RECIPE_MODEL = re.compile(
    r"^\s*(?:-\s+)?(?:model|base_model|source_model)\s*:\s*[\"']?(?P<id>" + _ID + r")[\"']?\s*(?:#.*)?$",
    re.IGNORECASE,
)
# what makes a YAML block a merge recipe: mergekit's `merge_method:`, or mergekit-moe's `experts:` with
# `gate_mode:` or a `source_model:` entry
_RECIPE_MARK = re.compile(
    r"^\s*merge_method\s*:|^\s*gate_mode\s*:|^\s*(?:-\s+)?source_model\s*:", re.IGNORECASE | re.MULTILINE
)


@dataclass(frozen=True)
class StatedMerge:
    """The parents a merge's card lists (every parent binds the merge)."""

    refs: tuple[str, ...]
    """`hf:org/name` of each parent, in the card's order."""
    line: int
    """1-based line of the card where the list (or the recipe) starts."""
    quote: str


def stated_merge(card_text: str, own_id: str | None = None) -> StatedMerge | None:
    """The parents a merge tool's card names: the items under "The following models were included in
    the merge:" (or a "Models Merged" heading) that are Hub models, and the models of the merge recipe
    (a code block with `merge_method:` whose `model:` and `base_model:` keys name Hub ids, or mergekit-moe's,
    with `gate_mode:` or `source_model:`, whose experts' `source_model:` keys name them). Only Hub
    ids count (a local path or a bare name in a recipe is not a model anyone can look up); the
    release's own id never does. None when the card lists no such parents."""
    offset, lines = _card_lines(card_text)
    own = (own_id or "").lower()
    refs: dict[str, None] = {}
    first: tuple[int, str] | None = None
    code = _skipped(lines)
    i = 0
    while i < len(lines):
        if i not in code and _MERGED_HEAD.match(lines[i]):
            start, j = i, i + 1
            while j < len(lines) and (not lines[j].strip() or _LIST_ITEM.match(lines[j])):
                for m in _REF.finditer(lines[j]) if lines[j].strip() else ():
                    ref = (m.group("link") or m.group("url") or m.group("id") or "").rstrip(".,;:)")
                    if ref and not _NOT_AN_ID.match(ref) and ref.lower() != own:
                        refs.setdefault(f"hf:{ref}", None)
                        first = first or (start, lines[start].strip())
                    break  # an item's first model is the parent; the rest of the line describes it
                j += 1
            i = j
            continue
        if i in code and _is_fence(lines[i]):
            j = i + 1
            while j < len(lines) and j in code and not _is_fence(lines[j]):
                j += 1
            block = lines[i + 1 : j]
            if _RECIPE_MARK.search("\n".join(block)):
                for k, raw in enumerate(block):
                    key = _RECIPE_MODEL.match(raw)
                    if key and not _NOT_AN_ID.match(key.group("id")) and key.group("id").lower() != own:
                        refs.setdefault(f"hf:{key.group('id')}", None)
                        first = first or (i + 1 + k, raw.strip())
            i = j + 1
            continue
        i += 1
    if not refs or first is None:
        return None
    return StatedMerge(refs=tuple(refs), line=offset + first[0] + 1, quote=first[1])


# --- a fine-tune that names its base only in its own name -----------------------------------------

# the card says the release itself was fine-tuned: "This model was fine-tuned ...", "We fine-tuned
# ...", "<its name> is a ... model fine-tuned on ..."; not "can be fine-tuned", "for fine-tuning"
_TUNED = r"(?:fine-?tuned|finetuned|instruction-?tuned)\b"
_SELF_TUNED = re.compile(
    r"\b(?:this|our|the)\s+model\s+(?:was|is|has\s+been)\s+(?:[\w-]+\s+){0,3}?"
    + _TUNED
    + r"|\bwe\s+(?:have\s+)?"
    + _TUNED,
    re.IGNORECASE,
)
#: A repository name that says it is a quantization of the model it names, by the Hub's convention
#: ("Llama-3.1-8B-Instruct-GGUF", "Qwen2.5-7B-AWQ", "Mistral-7B-v0.1-4bit"): the name states the derivation.
_QUANTIZED_NAME = re.compile(
    r"[-_.](gguf|ggml|awq|gptq|exl2|mlx|bnb|int[48]|fp8|[2-8]-?bits?|q[2-8](_k(_[msl])?|_[01])?|imatrix)$",
    re.IGNORECASE,
)


def quantized_name(own_id: str | None) -> bool:
    """Whether a repository's name says, by the Hub's convention, that it holds a quantization of the model it
    names ("Agate-1.5B-GGUF", "X-AWQ", "X-4bit", "X-Q4_K_M")."""
    return bool(own_id) and _QUANTIZED_NAME.search(str(own_id).rsplit("/", 1)[-1]) is not None


_OWN_TUNED = re.compile(
    r"\s+(?:(?:was|is|has\s+been)\s+(?:[\w-]+\s+){0,3}?|is\s+an?\s+[^.\n]{0,80}?\b(?:model|llm)\s+)" + _TUNED,
    re.IGNORECASE,
)
# the words of a repository name ("Nous-Hermes-llama-2-7b"): split at "-" and "_" only, so that a
# version stays whole ("Qwen2.5-7B"); a version word that may follow a family's word ("llama", "2");
# a size word that may follow the family ("13b", "8x7b")
_REPO_WORDS = re.compile(r"[-_]+")
_VERSION = re.compile(r"v?\d+(?:\.\d+)*", re.IGNORECASE)
#: A model size word ("7b", "1.7b", "8x7b", "350m"), lower case; `index.lineage` builds its family
#: members' words from it.
SIZE_WORD = r"(?:\d+x)?\d+(?:\.\d+)?[bmk]"
_SIZE = re.compile(SIZE_WORD, re.IGNORECASE)


def _index_family(name: str) -> tuple[str, ...]:
    """The Hub ids of the built-in index's foundation models that form the family `name` (its name
    followed only by size or variant words: `index.lineage`, the oracle that answers such a name)."""
    # the index is package data; imported where a name needs it
    from opengauge.index.lineage import IndexLineage

    return tuple(e.release.id for e in IndexLineage().family(name))


def _tuned_quote(line: str, own: re.Pattern[str] | None) -> str | None:
    """The words of `line` that say the release itself was fine-tuned: "this model was fine-tuned",
    "we fine-tuned", or its own name (`own`, a literal pattern) followed by "was/is ... fine-tuned"
    (the leftmost such place). The name is found as a literal and the words after it matched by one
    pattern compiled once: a pattern made of each row's name would be compiled again for every row of
    an audit (about a millisecond each). `own` is None when the card never names the release."""
    m = _SELF_TUNED.search(line)
    if m:
        return m.group(0)
    if own is None:
        return None
    pos = 0
    while (name := own.search(line, pos)) is not None:
        tail = _OWN_TUNED.match(line, name.end())
        if tail:
            return line[name.start() : tail.end()]
        pos = name.start() + 1
    return None


def named_in_own_name(
    card_text: str,
    own_id: str | None,
    *,
    family: Callable[[str], tuple[str, ...]] | None = _index_family,
) -> StatedBase | None:
    """The base of a fine-tune that declares none, in no words of the card, but names it in its own
    repository name: the card says the release itself was fine-tuned ("Nous-Hermes-Llama2-13b is a
    state-of-the-art language model fine-tuned on ...", "This model was fine-tuned by ...") and words
    of its name (a family's word and version, with the size word after them) are a model family whose
    foundation models the built-in index knows from another organisation ("Llama2 13b" ->
    meta-llama/Llama-2-13b-hf). The family is the base, as `named:<words>`, which the lineage oracle
    answers only when the family's foundation models agree (else the base cannot be examined and the
    label is undetermined): a fine-tune that calls itself a Llama 2 model and hides its base does not
    become open by hiding it. None when the card does not say it was fine-tuned, or the name names no
    such family (the publisher's own family is its own: a license binds its licensees, not its
    licensor). `family` gives a name's foundation models (the built-in index's; None for none)."""
    if not own_id or "/" not in own_id or family is None:
        return None
    org, _, repo = own_id.partition("/")
    offset, lines = _card_lines(card_text)
    skip = _skipped(lines)
    # compiled only for a card that holds the name (as `str.lower` or the regex engine's case folding finds
    # it): most cards of an audit never name their repository, and each row's pattern is new
    named = repo.lower() in card_text.lower() or any(c in card_text for c in CASE_ODD)
    own = re.compile(re.escape(repo), re.IGNORECASE) if named else None
    said = next(
        (
            (i, quote)
            for i, line in enumerate(lines)
            if i not in skip
            for quote in (_tuned_quote(line, own),)
            if quote
        ),
        None,
    )
    relation = "finetune"
    if said is None:
        # a quantization's own name says what it is a quantization of (held-out release round 18: a one-line
        # card over GGUF files, `license: apache-2.0`, in a repository named after Llama 3.1 8B Instruct)
        suffix = _QUANTIZED_NAME.search(repo)
        if suffix is None:
            return None
        said, relation = (-1, repo), QUANTIZED
        repo = repo[: suffix.start()]
    words = [w for w in _REPO_WORDS.split(repo) if w]
    for k, word in enumerate(words):
        if not _LETTER.match(word) or len(word) < 3 or name_key(word) in _NOT_A_MODEL:
            continue
        j = k + 1
        while j < len(words) and _VERSION.fullmatch(words[j]):
            j += 1
        name = " ".join(words[k:j])
        members = family(name)
        if not members or any(m.split("/", 1)[0].lower() == org.lower() for m in members):
            continue
        if j < len(words) and _SIZE.fullmatch(words[j]) and family(f"{name} {words[j]}"):
            name = f"{name} {words[j]}"
        i, quote = said
        return StatedBase(
            ref=f"{NAMED}{name}",
            relation=relation,
            line=offset + i + 1 if i >= 0 else 0,
            quote=quote,
            name=name,
        )
    return None


#: What `sources.teachers` reads a card with, as this module does: a Hub model reference (a link to a model
#: page, a model-page URL, or an `org/name` id), the card's lines, the lines of its code blocks, and the ids
#: that are something else (a file path, a ratio).
HUB_MODEL_REF = _REF
NOT_AN_ID = _NOT_AN_ID
card_lines = _card_lines
skipped_lines = _skipped
