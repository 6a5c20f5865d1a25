"""Which files of a repo are documents, and how their bytes become `Document` text.

Rules (the same for every source):
- `README.md` at the root is the model card (`readme` in a code repo); `MODEL_CARD*.md` is a model card too.
- a root file whose name contains `license`/`licence`, or starts with `COPYING` -> license;
  `USE_POLICY*` or a name with `acceptable` + `use` -> use-policy; `NOTICE*` -> notice;
  `config.json` and a PEFT adapter's `adapter_config.json` -> config; any other root `*.md` -> other.
- Only text-like names are taken (no extension, .txt, .md, .markdown, .rst; .json only for the two configs).
- Size cap 5 MB: an oversized model card is a fault (`DocumentTooLargeError`); any other oversized
  document is skipped (not downloaded) with a problem entry. Binary or non-UTF-8 text: a fault for
  the model card (`NotTextError`), skipped with a problem entry for any other document.
- Jupyter notebooks (`*.ipynb`) of a model repository, anywhere in its tree, are read apart from the documents
  (`is_notebook`, at most `MAX_NOTEBOOKS`, each under the same 5 MB cap): a notebook is JSON, and only the
  source of its code cells is kept (`notebook_code`), as a `notebook` document; what is not a notebook
  (invalid JSON, another shape) is skipped with a problem entry.
- A structured configuration of a model repository (`*.yaml`, `*.yml`, `*.json`, `*.toml`, anywhere in its
  tree) whose path the card names (a data mixture, a training recipe: `pick_configs`, at most `MAX_CONFIGS`,
  each under the same 5 MB cap) is read as a `config` document, its text kept as written.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from opengauge.model import MAX_FILE_SIZE, CodeRepo, Document, DocumentKind
from opengauge.sources.errors import DocumentTooLargeError, NotTextError
from opengauge.textio import MAX_TEXT_BYTES, looks_binary, matches_at, name_key

MAX_DOC_BYTES = MAX_TEXT_BYTES
#: A PEFT adapter's configuration: it names the model the adapter is applied to (`card.adapter_base`).
ADAPTER_CONFIG = "adapter_config.json"
#: A model's own configuration: it names a composite model's components (`card.config_components`).
MODEL_CONFIG = "config.json"
#: Most documents read from one repo (besides the card).
MAX_DOCUMENTS = 12

_TEXT_EXT = ("", ".txt", ".md", ".markdown", ".rst")


def _ext(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


_UNSAFE_NAME = re.compile(r"[\\\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\.\.|^$")


def unsafe_name(path: str) -> bool:
    """True for a listed file name no document may have: a backslash, `..`, a control or bidi character
    or an overlong name (such names are never downloaded or read)."""
    return len(path) > 255 or _UNSAFE_NAME.search(path) is not None


#: A model repository's documentation folder: its Markdown files are the release's documents too (a card may
#: be a table of contents whose data, training and architecture are in docs/*.md; held-out release round 15).
_DOCS_FOLDER = re.compile(r"^docs?/[^/]+\.(md|markdown)$", re.IGNORECASE)


#: A datasheet kept as a file of a repository (its root or docs/ folder): DATASHEET.md, datasheet.md,
#: DATA_CARD.md, data-card.md, dataset_card.md, DATA_STATEMENT.md, with a suffix naming the dataset
#: ("datasheet-web.md"). Such a file documents the training data as a dataset card does (held-out release
#: round 25: Bise-2B's DATASHEET.md, which the model card and both dataset cards point to).
_DATASHEET_FILE = re.compile(
    r"^(?:docs?/)?(?:data[_ -]?sheet|data[_ -]?card|dataset[_ -]?card|data[_ -]?statement)s?"
    r"(?:[_ .-][\w.-]*)?\.(?:md|markdown)$",
    re.IGNORECASE,
)


def is_datasheet_file(path: str) -> bool:
    """True for a repository path whose name says it holds a datasheet or data card (`_DATASHEET_FILE`)."""
    return not unsafe_name(path) and _DATASHEET_FILE.match(path) is not None


#: Most Jupyter notebooks read from one model repository (those the card names first, then by path).
MAX_NOTEBOOKS = 8
#: Most code cells, and characters of code, kept from one notebook.
MAX_NOTEBOOK_CELLS = 2000
MAX_NOTEBOOK_CODE = 400_000


def is_notebook(path: str) -> bool:
    """True for a repository path that holds a Jupyter notebook (`*.ipynb`, not a Jupyter checkpoint copy)."""
    return (
        path.lower().endswith(".ipynb")
        and not unsafe_name(path)
        and ".ipynb_checkpoints/" not in path.lower()
    )


def notebook_code(data: bytes) -> str | None:
    """The source of a Jupyter notebook's code cells, one after the other (Markdown cells and outputs dropped:
    what the notebook runs, not what it says of itself); None when `data` is not a notebook (not UTF-8 JSON,
    too deeply nested to parse, no list of cells). nbformat 4 keeps `cells`, nbformat 3 `worksheets[].cells`
    with the source in `input`; a source is a string or a list of strings."""
    if len(data) > MAX_DOC_BYTES:
        return None
    try:
        nb = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(nb, dict):
        return None
    cells = nb.get("cells")
    if cells is None and isinstance(nb.get("worksheets"), list):
        cells = [c for w in nb["worksheets"] if isinstance(w, dict) for c in (w.get("cells") or [])]
    if not isinstance(cells, list):
        return None
    out: list[str] = []
    size = 0
    for cell in cells[:MAX_NOTEBOOK_CELLS]:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        src = cell.get("source", cell.get("input"))
        if isinstance(src, list):
            src = "".join(x for x in src if isinstance(x, str))
        if not isinstance(src, str) or not src.strip():
            continue
        out.append(src.rstrip("\n"))
        size += len(src)
        if size >= MAX_NOTEBOOK_CODE:
            break
    return "\n\n".join(out)[:MAX_NOTEBOOK_CODE]


def pick_notebooks(paths: list[str], card_text: str, problems: list[str]) -> list[str]:
    """The notebooks among `paths` to read: those whose path the card names first, then in path order, at most
    `MAX_NOTEBOOKS`; the ones left unread are named in `problems`."""
    books = sorted((p for p in paths if is_notebook(p)), key=lambda p: (p not in card_text, p.lower()))
    left = books[MAX_NOTEBOOKS:]
    if left:
        problems.append(
            f"{len(left)} more notebooks not read (limit {MAX_NOTEBOOKS}): " + ", ".join(left[:5])
        )
    return books[:MAX_NOTEBOOKS]


#: Most configuration files a card names that are read from one model repository.
MAX_CONFIGS = 4
_CONFIG_EXT = (".yaml", ".yml", ".json", ".toml")


def pick_configs(paths: list[str], card_text: str, problems: list[str]) -> list[str]:
    """The structured configuration files among `paths` (YAML, JSON, TOML) whose path the card names, besides
    the model's and an adapter's own configuration (read as documents already): a data mixture or a training
    recipe the card points to ("The complete pre-training data is the mixture in configs/data_mix.yaml"), as
    the experts read a release's data in its training configuration (smollm in the OSAI index: "Data source
    mixture described in training config"; held-out release round 27). In the order the card names them, at
    most `MAX_CONFIGS`; the ones left unread are named in `problems`."""
    named = [
        p
        for p in paths
        if _ext(p.lower()) in _CONFIG_EXT
        and p.lower() not in (MODEL_CONFIG, ADAPTER_CONFIG)
        and not unsafe_name(p)
        and p in card_text
    ]
    named.sort(key=lambda p: card_text.find(p))
    left = named[MAX_CONFIGS:]
    if left:
        problems.append(
            f"{len(left)} more configuration files the card names not read (limit {MAX_CONFIGS}): "
            + ", ".join(left[:5])
        )
    return named[:MAX_CONFIGS]


def named_reads(paths: list[str], card_text: str | None, problems: list[str]) -> list[tuple[str, str]]:
    """What a source reads once it has the card and the repository's documents, in this order, each with what
    it is: the notebooks (`pick_notebooks`: those the card names first), then the configuration files the card
    names (`pick_configs`). One list for the Hub and a local folder, so both read the same files."""
    text = card_text or ""
    return [(p, "notebook") for p in pick_notebooks(paths, text, problems)] + [
        (p, "config") for p in pick_configs(paths, text, problems)
    ]


def classify(path: str, *, code_repo: bool = False) -> DocumentKind | None:
    """The kind of document a repo path holds, or None when it is not a document we read: the files at the
    repository's root and, in a model repository, the Markdown files of its top-level docs/ folder."""
    if unsafe_name(path):
        return None
    if "/" in path:
        return DocumentKind.OTHER if not code_repo and _DOCS_FOLDER.match(path) else None
    lower = path.lower()
    ext = _ext(lower)
    if lower in (MODEL_CONFIG, ADAPTER_CONFIG) and not code_repo:
        return DocumentKind.CONFIG
    if ext not in _TEXT_EXT:
        return None
    if lower == "readme.md" or (code_repo and lower.startswith("readme")):
        return DocumentKind.README if code_repo else DocumentKind.MODEL_CARD
    if "license" in lower or "licence" in lower or lower.startswith("copying"):
        return DocumentKind.LICENSE
    if lower.startswith(("use_policy", "use-policy", "usepolicy")) or (
        "acceptable" in lower and "use" in lower
    ):
        return DocumentKind.USE_POLICY
    if lower.startswith("notice"):
        return DocumentKind.NOTICE
    if lower.startswith(("model_card", "model-card", "modelcard")) and ext in (".md", ".markdown"):
        return DocumentKind.MODEL_CARD
    if ext in (".md", ".markdown") and not code_repo:
        return DocumentKind.OTHER
    return None


def order_key(path: str) -> tuple[int, str]:
    """Sort documents: card, licenses, policies, notices, config, others."""
    ranks: dict[DocumentKind | None, int] = {
        DocumentKind.MODEL_CARD: 0 if path.lower() == "readme.md" else 5,
        DocumentKind.LICENSE: 1,
        DocumentKind.USE_POLICY: 2,
        DocumentKind.NOTICE: 3,
        DocumentKind.CONFIG: 4,
    }
    return ranks.get(classify(path), 6), path.lower()


def plausible_size(value: object) -> int | None:
    """A size from an API answer when it is one (a non-negative integer up to `MAX_FILE_SIZE`), else None:
    `true`, `-1`, `1e30` or `"12"` are not sizes."""
    if type(value) is int and 0 <= value <= MAX_FILE_SIZE:
        return value
    return None


def size_problem(bad: list[tuple[str, object]], where: str) -> list[str]:
    """One problem line for the implausible sizes met in a listing (none when there were none)."""
    if not bad:
        return []
    shown = ", ".join(f"{name[:60]!r}: {str(value)[:20]}" for name, value in bad[:3])
    return [f"{where}: {len(bad)} file size(s) are not plausible sizes and were not used ({shown})"]


def _over_cap(name: str, size: int) -> str:
    return f"{name} is {size / 1e6:.1f} MB, over the {MAX_DOC_BYTES // (1024 * 1024)} MB document limit"


def decode(data: bytes, *, name: str, is_card: bool) -> tuple[str | None, str | None]:
    """(text, None) or (None, problem). For the card, faults raise instead of returning a problem."""
    if len(data) > MAX_DOC_BYTES:
        msg = _over_cap(name, len(data))
        if is_card:
            raise DocumentTooLargeError(msg)
        return None, msg + "; skipped"
    if looks_binary(data):
        msg = f"{name} is binary, not a text document"
        if is_card:
            raise NotTextError(msg)
        return None, msg + "; skipped"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        msg = f"{name} is not valid UTF-8 (byte {exc.start})"
        if is_card:
            raise NotTextError(msg) from None
        return None, msg + "; skipped"


def to_document(
    data: bytes,
    *,
    path: str,
    is_card: bool,
    problems: list[str],
    url: str | None,
    repo: str | None,
    revision: str | None,
    retrieved_at: datetime | None,
    size: int | None,
    notebook: bool = False,
    config: bool = False,
) -> Document | None:
    """Decode a downloaded/read file into a `Document` (kind from its path, which must be one that
    `classify` accepts; a Jupyter notebook's code when `notebook`, `notebook_code`, over the same size cap; a
    configuration the card names, `pick_configs`, when `config`), or record why it could not be read in
    `problems` and return None."""
    if notebook:
        if len(data) > MAX_DOC_BYTES:
            problems.append(_over_cap(path, len(data)) + "; skipped")
            return None
        text = notebook_code(data)
        if text is None:
            problems.append(f"{path} is not a Jupyter notebook (not JSON with a list of cells); skipped")
            return None
        kind = DocumentKind.NOTEBOOK
    else:
        text, problem = decode(data, name=path, is_card=is_card)
        if text is None:
            problems.append(problem or f"{path}: unreadable")
            return None
        classified = DocumentKind.CONFIG if config else classify(path)
        if classified is None:
            raise ValueError(f"{path} is not a document (see documents.classify)")
        kind = classified
    return Document(
        kind=kind,
        path=path,
        text=text,
        url=url,
        repo=repo,
        revision=revision,
        retrieved_at=retrieved_at,
        size=size,
    )


def too_large(size: int | None, *, name: str, is_card: bool) -> str | None:
    """Check a size announced by a listing before downloading: problem text, or raise for the card."""
    if size is None or size <= MAX_DOC_BYTES:
        return None
    msg = _over_cap(name, size)
    if is_card:
        raise DocumentTooLargeError(msg)
    return msg + "; not downloaded"


_URL = re.compile(r"https?://[^\s<>()\[\]{}\"'`|\\]+", re.IGNORECASE)
_GH = re.compile(
    r"^https?://(?:www\.)?github\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})", re.IGNORECASE
)
_ARXIV = re.compile(
    r"(?:arxiv\.org/(?:abs|pdf|html)/|huggingface\.co/papers/)(\d{4}\.\d{4,5})", re.IGNORECASE
)
#: The lower-case literals every `_URL` (`_ARXIV`) match starts with (`textio.matches_at`).
_URL_STARTS = ("http",)
_ARXIV_STARTS = ("arxiv.org/", "huggingface.co/papers/")
_GH_NOT_OWNERS = {
    "orgs",
    "sponsors",
    "features",
    "topics",
    "settings",
    "marketplace",
    "apps",
    "login",
    "about",
    "site",
    "collections",
    "trending",
    "users",
    "enterprise",
    "pricing",
    "search",
    "notifications",
    "explore",
    "security",
    "contact",
    "readme",
    "customer-stories",
    "team",
}
#: Well-known libraries and tools that cards link to as dependencies, not as the release's code.
DEPENDENCY_REPOS = {
    r.lower()
    for r in (
        "huggingface/transformers",
        "huggingface/datasets",
        "huggingface/accelerate",
        "huggingface/peft",
        "huggingface/trl",
        "huggingface/text-generation-inference",
        "huggingface/huggingface_hub",
        "huggingface/optimum",
        "huggingface/tokenizers",
        "huggingface/safetensors",
        "pytorch/pytorch",
        "google/jax",
        "tensorflow/tensorflow",
        "NVIDIA/apex",
        "NVIDIA/Megatron-LM",
        "NVIDIA/FasterTransformer",
        "NVIDIA/TensorRT-LLM",
        "microsoft/DeepSpeed",
        "openai/triton",
        "triton-lang/triton",
        "openai/tiktoken",
        "Dao-AILab/flash-attention",
        "HazyResearch/flash-attention",
        "facebookresearch/bitsandbytes",
        "TimDettmers/bitsandbytes",
        "bitsandbytes-foundation/bitsandbytes",
        "vllm-project/vllm",
        "ggerganov/llama.cpp",
        "ggml-org/llama.cpp",
        "EleutherAI/lm-evaluation-harness",
        "PanQiWei/AutoGPTQ",
        "AutoGPTQ/AutoGPTQ",
        "casper-hansen/AutoAWQ",
        "IST-DASLab/gptq",
        "mit-han-lab/llm-awq",
        "turboderp/exllama",
        "hiyouga/LLaMA-Factory",
        "conda/conda-lock",
        "sgl-project/sglang",
        "ollama/ollama",
        "lm-sys/FastChat",
    )
}


def find_urls(text: str, *, limit: int = 500) -> list[str]:
    seen: dict[str, None] = {}
    for m in matches_at(_URL, text, _URL_STARTS):
        url = m.group(0).rstrip(".,;:!?*_~")
        if url not in seen:
            seen[url] = None
            if len(seen) >= limit:
                break
    return list(seen)


def github_repo_of(url: str) -> str | None:
    """`owner/repo` for a github.com URL pointing into a repo, else None."""
    m = _GH.match(url)
    if not m:
        return None
    owner, repo = m.group(1), m.group(2)
    if owner.lower() in _GH_NOT_OWNERS:
        return None
    if repo.lower().endswith(".git"):
        repo = repo[:-4]
    repo = repo.rstrip(".")
    if not repo or repo.startswith("."):
        return None
    return f"{owner}/{repo}"


def arxiv_ids(texts: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for t in texts:
        for m in matches_at(_ARXIV, t, _ARXIV_STARTS):
            seen.setdefault(m.group(1), None)
    return list(seen)


#: Files a repository that only points elsewhere may hold: its README and notices, other prose, images, the
#: forge's own settings.
_STUB_FILE = re.compile(
    r"(^|/)(readme|licen[cs]e|copying|notice|changelog|history|authors|contributing|code_of_conduct|security|citation)"
    r"[^/]*$|\.(md|markdown|txt|rst|png|jpe?g|gif|svg|webp|cff)$|^\.(github|gitignore|gitattributes)(/|$)",
    re.IGNORECASE,
)
#: A README's words that the repository's code now lives elsewhere: it has moved (migrated, relocated), lives
#: or is developed now at another address, has a new home, was superseded or replaced by another, or is
#: archived or deprecated in favour of another.
_MOVED = re.compile(
    r"\b(has|have|was|were|is|are|got)\s+(now\s+)?(been\s+)?(moved|migrated|relocated|transferred)\b|"
    r"\b(moved|migrated|relocated)\s+(to|into)\b|"
    r"\bnow\s+(lives?|resides?|hosted|maintained|developed|located|kept)\s+(at|in|on|under)\b|"
    r"\bnew\s+(home|location|repository|repo|address)\b|\b(superseded|replaced)\s+by\b|"
    r"\bdevelopment\s+(continues|has\s+moved|now\s+happens)\b|"
    r"\b(archived|deprecated)\b[^\n]{0,80}?\b(in\s+favou?r\s+of|see|use|at)\b",
    re.IGNORECASE,
)
#: A GitHub address written without its scheme.
_BARE_GITHUB = re.compile(r"(^|[\s(\[<:])((?:www\.)?github\.com/)", re.IGNORECASE)
#: A README of a repository that holds no code read for a forwarding address: at most this many characters.
MAX_FORWARD_README = 20_000


def forwarding_target(repo: CodeRepo) -> str | None:
    """`owner/repo` of the GitHub repository a linked repository forwards to, or None: a repository that
    holds no code (only its README, licence, notices, other prose and images: `_STUB_FILE`) and whose README
    says, in the paragraph that links the other repository, that its code has moved there ("This repository
    has moved. The training code now lives at [org/new](https://github.com/org/new)"). A renamed repository is
    followed by the forge itself (GitHub redirects its old address); a stub left at the old address with a
    note is followed here, one hop (held-out release round 28: a card that still links the archived
    repository). Facts only: what the repository it points to holds is the probes' to judge."""
    if repo.error or not repo.files or repo.files_truncated:
        return None
    if not all(f.path.endswith("/") or _STUB_FILE.search(f.path) for f in repo.files):
        return None
    readme = next((d for d in repo.documents if d.kind is DocumentKind.README), None)
    if readme is None:
        return None
    own = repo.ref.removeprefix("gh:").split("@", 1)[0].lower()
    for paragraph in re.split(r"\n\s*\n", readme.text[:MAX_FORWARD_README]):
        if not _MOVED.search(paragraph):
            continue
        # an address written without its scheme ("github.com/org/new") is one too
        for url in find_urls(_BARE_GITHUB.sub(r"\1https://\2", paragraph), limit=20):
            target = github_repo_of(url)
            if target is not None and target.lower() != own:
                return target
    return None


_TREE_FOLDER = re.compile(
    r"github\.com/([^/\s]+/[^/\s#?]+)/tree/([^/\s#?]+)/([^\s#?)\]\"'>]+)", re.IGNORECASE
)
#: A ref that cannot hold a slash, so what follows it in `/tree/<ref>/...` is a folder: a usual branch, a
#: commit, a version tag. Any other ref may be a branch with a slash in its name (`/tree/Muennighoff/MoE` is
#: the branch "Muennighoff/MoE" of allenai/OLMo, not the folder "MoE"), so such a link names no folder.
_PLAIN_REF = re.compile(r"^(?:main|master|dev|develop|trunk|[0-9a-f]{7,40}|v?\d+(?:\.\d+)*)$", re.IGNORECASE)


def linked_folder(urls: list[str], full_name: str, model: str | None = None) -> str | None:
    """The one folder of `full_name` the release's links point into (`/tree/<ref>/<folder>`), when every link
    to that repository points into it, or when the repository itself is linked too (as the monorepo the folder
    is in) and the folder is named after the model (`projects/architrave-1b` for Architrave-1B); None
    otherwise."""
    folders: set[str] = set()
    root = False
    for url in urls:
        if (github_repo_of(url) or "").lower() != full_name.lower():
            continue
        m = _TREE_FOLDER.search(url)
        if m is None or not _PLAIN_REF.match(m.group(2)):
            root = True  # the repository itself (or a file of it, or a branch whose name may hold a slash)
        else:
            folders.add(m.group(3).strip("/"))
    if len(folders) != 1:
        return None
    folder = folders.pop()
    if root:
        leaf, key = name_key(folder.rsplit("/", 1)[-1]), name_key(model or "")
        if len(leaf) < 3 or len(key) < 3 or not (key.startswith(leaf) or leaf.startswith(key)):
            return None
    return folder


def in_folder(repo: CodeRepo, folder: str) -> CodeRepo:
    """`repo` narrowed to the linked `folder`: only its files; the link leads to no code when the complete
    file list holds none under it."""
    prefix = folder.rstrip("/") + "/"
    files = [f for f in repo.files if f.path.startswith(prefix)]
    missing = not files and bool(repo.files) and not repo.files_truncated and not repo.error
    kept = files if files or missing else repo.files  # (a cut list that lacks it: the whole list, unread)
    return repo.model_copy(update={"folder": folder, "files": kept, "not_found": repo.not_found or missing})


def select_code_repos(
    urls: list[str], *, owner: str | None, cap: int, model: str | None = None
) -> tuple[list[str], list[str]]:
    """Pick the linked GitHub repos worth fetching. Returns (to_fetch, others), `owner/repo` each.

    Ranked by: the model's own organisation first (an owner name that starts with the model org's
    name or the reverse, e.g. `bigscience` ~ `bigscience-workshop`), and among those a repository
    named after the model (`huggingface/smollm` for SmolLM3-3B: the model's own recipe), then the
    number of mentions, then first appearance. Dependency repos (transformers, pytorch...) are never
    fetched, except from the model's own organisation (lmsys's FastChat is a library to others, and
    Vicuna's training code). A repo from another organisation is fetched only when mentioned at least
    twice, or when it is the first non-dependency link and nothing else qualifies.
    """
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for url in urls:
        repo = github_repo_of(url)
        if not repo:
            continue
        key = repo.lower()
        counts[key] = counts.get(key, 0) + 1
        names.setdefault(key, repo)
    order = list(names)
    position = {k: i for i, k in enumerate(order)}
    own = name_key(owner or "")

    def same_org(key: str) -> bool:
        o = name_key(key.split("/")[0])
        return bool(own) and bool(o) and (o.startswith(own) or own.startswith(o))

    model_key = name_key(model or "")

    def named_after_model(key: str) -> bool:
        r = name_key(key.split("/")[-1])
        return len(r) >= 3 and len(model_key) >= 3 and (model_key.startswith(r) or r.startswith(model_key))

    candidates = [k for k in order if k not in DEPENDENCY_REPOS or same_org(k)]
    ranked = sorted(
        candidates,
        key=lambda k: (0 if same_org(k) else 1, 0 if named_after_model(k) else 1, -counts[k], position[k]),
    )
    chosen = [k for k in ranked if same_org(k) or counts[k] >= 2]
    if not chosen and candidates:
        chosen = [candidates[0]]
    chosen = chosen[:cap]
    picked = set(chosen)
    others = [k for k in order if k not in picked]
    return [names[k] for k in chosen], [names[k] for k in others]
