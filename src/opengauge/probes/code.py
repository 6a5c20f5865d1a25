"""Probes about code: training, data processing, inference and evaluation code, and its documentation.

They read the file trees of the linked code repositories (and the release's own files), looking
for entry points and configs rather than trusting a link: a repository named in a card that only
holds inference code does not make the training code open.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from opengauge.knowledge.codebases import CodeBase, codebase_by_repo, codebase_mentions, load_codebases
from opengauge.knowledge.datasets import load_datasets
from opengauge.model import (
    UNTRAINED_RELATIONS,
    CodeRepo,
    Document,
    DocumentKind,
    Evidence,
    FileEntry,
    Finding,
    Level,
)
from opengauge.probes.context import Hit, ProbeContext
from opengauge.probes.original import of_the_original
from opengauge.probes.registry import probe
from opengauge.probes.vocabulary import vocabulary
from opengauge.textio import clip, name_key, sentence_at

_VOCAB = vocabulary("code")  # probes/vocabulary/code.yaml: what each pattern recognises, and why
_CODE_FILE = _VOCAB.pattern("code-file")
_LISTED_FOLDER = _VOCAB.pattern("listed-folder")
_FINETUNE = _VOCAB.pattern("finetune")
_MADE_WITH = _VOCAB.pattern("made-with")
_USE_IT = _VOCAB.pattern("use-it")
_MADE_WITH_TITLE = _VOCAB.pattern("made-with-title")
_TRAIN_FILE = _VOCAB.pattern("train-file")
_TRAIN_DIR = _VOCAB.pattern("train-dir")
_TRAIN_REPO = _VOCAB.pattern("train-repo")
_ENTRY = _VOCAB.pattern("entry-point")
_CONFIG_DIR = _VOCAB.pattern("config-dir")
_RUN_CONFIG = _VOCAB.pattern("run-config")
_DATA_SCRIPT = _VOCAB.pattern("data-script")
_DATA_CODE = _VOCAB.pattern("data-code")
_DATA_REPO = _VOCAB.pattern("data-repo")
_INFER = _VOCAB.pattern("inference")
_INFER_REPO = _VOCAB.pattern("inference-repo")
_HUB_CODE = _VOCAB.pattern("hub-code")
_EVAL = _VOCAB.pattern("evaluation")
_LIBRARY_HINT = _VOCAB.pattern("library-hint")
_IMPORTED = re.compile(r"\s*from\s+([A-Za-z_][\w.]*)\s+import\b")
#: A library hint that is itself a runtime's name ("llama.cpp", "vllm"), not a phrase.
_RUNTIME_WORD = re.compile(r"[A-Za-z][\w.+-]{1,30}")
_LIBRARY_CONFIG_KEY = _VOCAB.pattern("library-config-key")
_KNOWN_LIBRARIES = _VOCAB.words("known-libraries")
_TRAIN_TITLE = _VOCAB.pattern("training-title")
_DATA_TITLE = _VOCAB.pattern("data-title")
_LAUNCHER = _VOCAB.pattern("launcher-command")
_BARE = _VOCAB.pattern("bare-command")
_EXAMPLE_COMMAND = _VOCAB.pattern("example-command")
_GH_FILE = _VOCAB.pattern("github-file-link")
_PACKAGE_MANIFESTS = _VOCAB.words("package-manifests")
_TRAINING_HEADING = _VOCAB.pattern("training-heading")
_DATA_PREP_TITLE = _VOCAB.pattern("data-prep-title")
_DATA_CREATE_TITLE = _VOCAB.pattern("data-create-title")
_DATA_PACKAGE = _VOCAB.pattern("data-package")
_EVAL_HARNESS = _VOCAB.pattern("evaluation-harness")
_DOCS_FOLDER = _VOCAB.pattern("docs-folder")
_WITHHELD = _VOCAB.pattern("withheld-training-code")
_STAGE_WITHHELD = _VOCAB.pattern("withheld-stage-code")
_NB_TRAINER = _VOCAB.pattern("notebook-trainer")
_NB_TRAIN_CALL = _VOCAB.pattern("notebook-train-call")
_NB_BACKWARD = _VOCAB.pattern("notebook-backward")
_NB_STEP = _VOCAB.pattern("notebook-optimizer-step")
_NB_COMMAND = _VOCAB.pattern("notebook-training-command")
_NB_TUNING = _VOCAB.pattern("notebook-tuning")
_NB_LOADS = _VOCAB.pattern("notebook-loads")
_NB_BUILDS_DATA = _VOCAB.pattern("notebook-builds-data")
_NB_CURATES = _VOCAB.pattern("notebook-curates")


_RepoFile = tuple[CodeRepo, FileEntry]


def _repos(ctx: ProbeContext) -> list[CodeRepo]:
    return [r for r in ctx.release.code_repos if not r.error]


def _scan(ctx: ProbeContext, test: Callable[[CodeRepo, FileEntry], bool]) -> list[_RepoFile]:
    return [(repo, f) for repo in _repos(ctx) for f in repo.files if test(repo, f)]


def _unread(ctx: ProbeContext) -> list[CodeRepo]:
    """Linked repositories that answered but whose file list is unknown or cut short (the built-in
    index keeps none or only the top level; a listing failed or was truncated): what they hold cannot
    be seen in full, so finding nothing in them is not absence."""
    return [r for r in _repos(ctx) if (not r.files or r.files_truncated) and not r.not_found]


def _catalogued(ctx: ProbeContext) -> list[tuple[CodeRepo, CodeBase]]:
    """Unread linked repositories the code catalog describes: its flags say what they hold (looked up
    once per release read, for every code probe)."""

    def look_up() -> list[tuple[CodeRepo, CodeBase]]:
        found = [(repo, codebase_by_repo(_name(repo))) for repo in _unread(ctx)]
        return [(repo, cb) for repo, cb in found if cb is not None]

    return ctx.cached("catalogued-repos", look_up)


def _uncatalogued(ctx: ProbeContext) -> list[CodeRepo]:
    """Unread linked repositories nothing is known about: absence cannot be claimed while they exist."""
    known = {id(r) for r, _ in _catalogued(ctx)}
    return [r for r in _unread(ctx) if id(r) not in known]


def _unread_finding(ctx: ProbeContext, pid: str, what: str, data: dict[str, Any]) -> Finding | None:
    """`unknown`, naming them, when linked repositories nothing is known about could not be read in
    full, or when the publisher's own repository is on a forge opengauge does not read (GitLab, Codeberg...:
    `ProbeContext.other_forges`; held-out release round 27, the training code on GitLab beside a readable
    repository of inference code on GitHub): finding nothing elsewhere is then not absence. None when there
    are none."""
    unread = _uncatalogued(ctx)
    if unread:
        return Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data=data,
            reason="The file list of the linked "
            + ("repository " if len(unread) == 1 else "repositories ")
            + ", ".join(r.ref for r in unread[:3])
            + f" is unknown, so {what} could not be looked for there.",
        )
    forges = ctx.other_forges()
    if not forges:
        return None
    return Finding(
        probe=pid,
        level=Level.UNKNOWN,
        data={**data, "unread_forges": [url for url, _ in forges]},
        evidence=[Evidence(source=url, note=f"code repository on {host}, not read") for url, host in forges],
        reason=f"The linked repositories read hold no {what}, but the publisher's "
        + " and ".join(f"{url} (on {host}, which opengauge does not read)" for url, host in forges)
        + f" was not read, so {what} could not be looked for there.",
    )


def _catalog_evidence(ctx: ProbeContext, repo: CodeRepo, cb: CodeBase) -> list[Evidence]:
    return [
        ctx.repo_evidence(repo, f"linked repository, described by the opengauge code catalog as {cb.name}"),
        Evidence(source=cb.url, note=f"{cb.name}: {cb.note} (opengauge code catalog, checked {cb.checked})"),
    ]


def _catalog_training_code(ctx: ProbeContext) -> Finding | None:
    """Training code in a linked repository whose file list is unknown, from the code catalog: the
    publisher's own pre-training code base is its training code (open); another's pre-training
    framework, or fine-tuning code, shows public training code but not this model's recipe (partial)."""
    pre = [(r, cb) for r, cb in _catalogued(ctx) if cb.pretrains and not cb.inference_only]
    own = [(r, cb) for r, cb in pre if ctx.owns(r)]
    if own:
        repo, cb = own[0]
        return Finding(
            probe="training-code",
            level=Level.OPEN,
            evidence=_catalog_evidence(ctx, repo, cb),
            data={"pretraining": True, "finetune_only": False, "codebase": cb.id, "repos": [repo.ref]},
            reason=f"The release links {cb.name} ({repo.url}), its publisher's own pre-training code "
            "(opengauge code catalog; the repository's file list was not read).",
        )
    tune = [(r, cb) for r, cb in _catalogued(ctx) if cb.finetunes and not (cb.library or cb.inference_only)]
    if not pre and not tune:
        return None
    repo, cb = (pre or tune)[0]
    what = "pre-trains" if pre else "fine-tunes"
    return Finding(
        probe="training-code",
        level=Level.PARTIAL,
        evidence=_catalog_evidence(ctx, repo, cb),
        data={"pretraining": False, "finetune_only": not pre, "codebase": cb.id},
        reason=f"The release links {cb.name}, public code that {what} models (opengauge code "
        "catalog), but the model's own training recipe is not shown to be published.",
    )


def _withheld_training_code(ctx: ProbeContext) -> Finding | None:
    """`closed` on the card's own statement that the training code is not released (`withheld-training-code`),
    when no code repository is linked: the publisher's word decides whatever part of the release could not
    be read (a PDF report cannot publish code the card says is not released); None without one."""
    if ctx.read_completely:
        return None  # absence is closed anyway (`_no_repo_finding`), with where opengauge looked
    hits = ctx.search(_WITHHELD, ctx.cards, limit=1, skip_front_matter=True)
    if not hits:
        return None
    m = _WITHHELD.search(hits[0].text)
    said = sentence_at(hits[0].text, m.start(), m.end()) if m else hits[0].text
    return Finding(
        probe="training-code",
        level=Level.CLOSED,
        data={"not_published": True, "withheld": True},
        evidence=[
            ctx.evidence(hits[0].doc, hits[0].line, said, "the card says the training code is not released")
        ],
        reason=f"The card says the training code is not released ({clip(said, 120)!r}).",
    )


def _no_repo_finding(ctx: ProbeContext, pid: str, what: str) -> Finding:
    """No readable code repository. `closed` when the release was read completely: it links no code
    repository, or the ones it links do not exist (absence is evidence); `unknown` when a linked
    repository or part of the release could not be read."""
    missing = [r.ref for r in ctx.release.code_repos if r.not_found]
    if ctx.read_completely:
        where = (
            f"the linked repositories {', '.join(missing[:3])} do not exist or are not public"
            if missing
            else "the release links no code repository"
        )
        return Finding(
            probe=pid,
            level=Level.CLOSED,
            data={"not_published": True, "not_found": missing},
            evidence=[ctx.absence_evidence(where)],
            reason=f"No {what} is published with the release: {where}.",
        )
    return Finding(
        probe=pid,
        level=Level.UNKNOWN,
        reason=f"The {what} could not be looked for{ctx.unread_reason()}.",
    )


def _searched_evidence(ctx: ProbeContext, note: str) -> list[Evidence]:
    known = {id(r): cb for r, cb in _catalogued(ctx)}
    return [
        ctx.repo_evidence(r, f"{note}: the opengauge code catalog describes it ({known[id(r)].note})")
        if id(r) in known
        else ctx.repo_evidence(
            r,
            f"{note} among {len(r.files)} listed paths"
            + (" (listing truncated)" if r.files_truncated else ""),
        )
        for r in _repos(ctx)
    ]


def _name(repo: CodeRepo) -> str:
    return repo.ref.split(":", 1)[-1]


def _is_train(repo: CodeRepo, f: FileEntry) -> bool:
    if _DOCS_FOLDER.match(f.path):
        return False  # a guide in the documentation (docs/training/llama_factory.md) is not training code
    if _TRAIN_FILE.search(f.path) or (_TRAIN_DIR.search(f.path) and _is_code_or_folder(f.path)):
        return True
    # a repository named for training: its top-level entry points are training code
    return (
        bool(_TRAIN_REPO.search(_name(repo))) and "/" not in f.path.rstrip("/") and bool(_ENTRY.match(f.path))
    )


def _is_code_or_folder(path: str) -> bool:
    return _CODE_FILE.search(path) is not None or _LISTED_FOLDER.search(path) is not None


def _own_command(repo: CodeRepo, line: str) -> str | None:
    """The command of a README code line when the repository itself provides it: a script or module
    of its tree run by an interpreter or launcher, or a console command named after the repository's
    installable package (`t5_mesh_transformer` from the package `t5/` of a repo with a setup.py)."""
    line = line.strip()[:500]  # a command line, not a whole untrusted document
    paths = {f.path.rstrip("/") for f in repo.files}
    tops = {p.split("/", 1)[0] for p in paths}
    m = _LAUNCHER.match(line)
    if m:
        target = m.group(1).lstrip("./")
        module = target.replace(".", "/")
        if _INFER.search(target) or _EVAL.search(target) or _EXAMPLE_COMMAND.search(target):
            return None  # an inference or evaluation example, not training
        if (
            target in paths
            or module + ".py" in paths
            or module in paths
            or module.split("/", 1)[0] in tops - {""}
        ):
            return line
        return None
    m = _BARE.match(line)
    installable = bool(paths & _PACKAGE_MANIFESTS)
    packages = {t for t in tops if f"{t}/__init__.py" in paths}
    if (
        m
        and installable
        and any(m.group(1).lower().startswith((p.lower() + "_", p.lower() + "-")) for p in packages)
    ):
        return line
    return None


def _documented_training(ctx: ProbeContext) -> tuple[str, list[Evidence]] | None:
    """Training code found through documentation: a training section of a linked repository's README
    that runs the repository's own command, or that links training scripts (paths named for
    training)."""
    for repo in _repos(ctx):
        for doc in repo.documents:
            if doc.kind is DocumentKind.LICENSE:
                continue
            for sec in ctx.sections(doc):
                if (
                    not _TRAIN_TITLE.search(sec.title)
                    or _FINETUNE.search(sec.title)
                    or _DATA_TITLE.search(sec.title)
                ):
                    continue  # a section on fine-tuning, or on the training data, does not show training code
                lines = ctx._lines(doc)[0][sec.line : sec.end]
                fenced = False
                head = ctx.evidence(doc, sec.line, sec.title, "training section of the README", repo)
                for i, line in enumerate(lines):
                    if line.lstrip().startswith(("```", "~~~")):
                        fenced = not fenced
                        continue
                    if fenced and not _FINETUNE.search(line) and _own_command(repo, line):
                        return "command", [
                            head,
                            ctx.evidence(
                                doc, sec.line + i + 1, line, "training command of the repository", repo
                            ),
                        ]
                    if not fenced:
                        for m in _GH_FILE.finditer(line):
                            path = m.group(2)
                            if (_TRAIN_FILE.search(path) or _TRAIN_DIR.search(path)) and not _FINETUNE.search(
                                path
                            ):
                                return "linked", [
                                    head,
                                    ctx.evidence(doc, sec.line + i + 1, line, "training script linked", repo),
                                ]
    return None


def _framework_copy(repo: CodeRepo) -> str | None:
    """The name of the known training framework a linked repository is a copy of: a fork of a catalog
    code base that pre-trains (the forge's `fork_of`, under any name), or a repository of the same name
    under another owner; None otherwise."""
    owner, _, name = repo.ref.removeprefix("gh:").partition("/")
    parent = (repo.fork_of or "").lower()
    for cb in load_codebases():
        if not cb.pretrains or cb.inference_only:
            continue
        for full in cb.repos:
            cb_owner, _, cb_name = full.partition("/")
            if full.lower() == parent or (
                cb_name.lower() == name.lower() and cb_owner.lower() != owner.lower()
            ):
                return cb.name
    return None


def _names_the_model(ctx: ProbeContext, repo: CodeRepo) -> bool:
    """True when a path of the repository names the model (its own configuration or recipe)."""
    words = ctx.name_words()
    return any(w in f.path.lower() for f in repo.files for w in words)


def _made_with(ctx: ProbeContext, doc: Document, line: int) -> bool:
    """Whether the card's line `line` (1-based), or the heading of the section it is in, says the model
    was made (trained, tuned, aligned) rather than telling the reader how to use or tune it."""
    lines, _ = ctx._lines(doc)
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if _MADE_WITH.search(text) and not _USE_IT.search(text):
        return True
    titles = ctx.enclosing_titles(Hit(doc, line, text))
    return bool(titles) and bool(_MADE_WITH_TITLE.search(titles[-1]))


def _named_training_code(ctx: ProbeContext) -> Finding | None:
    """A known training code base (opengauge code catalog) the card names or links, when no file tree
    showed training code: evidence that the model was trained with public code, though not that its
    own configuration is published (partial), cited at the card's line."""
    for doc in ctx.cards:
        for m in codebase_mentions(doc.text):
            cb = m.entry
            if cb.library or cb.inference_only:
                continue  # a general library (transformers, TRL) named for usage is not training code
            if cb.pretrains:
                what = "pre-trains"
            elif cb.finetunes and _made_with(ctx, doc, m.line):
                # fine-tuning code the card says the model was made with (not "fine-tune it with X")
                what = "fine-tunes"
            else:
                continue
            ev = [
                ctx.evidence(doc, m.line, m.text, f"names {cb.name} (opengauge code catalog)"),
                Evidence(
                    source=cb.url, note=f"{cb.name}: {cb.note} (opengauge code catalog, checked {cb.checked})"
                ),
            ]
            run = [f.path for f in ctx.release.files if _RUN_CONFIG.search(f.path)]
            if run and what == "pre-trains":
                # the public code base and the run's own configuration, published with the weights: the run
                # can be repeated (GPT-SW.yaml: NeMo with published configurations, open)
                ev += [ctx.file_evidence(p, note=f"the run's configuration for {cb.name}") for p in run[:3]]
                return Finding(
                    probe="training-code",
                    level=Level.OPEN,
                    evidence=ev,
                    data={
                        "pretraining": True,
                        "finetune_only": False,
                        "codebase": cb.id,
                        "files": run[:10],
                        "in_model_repo": True,
                    },
                    reason=f"The card names {cb.name}, public code that pre-trains models (opengauge code "
                    "catalog), and the model repository holds the run's own configuration "
                    f"({', '.join(run[:3])}).",
                )
            return Finding(
                probe="training-code",
                level=Level.PARTIAL,
                evidence=ev,
                data={"pretraining": False, "finetune_only": what == "fine-tunes", "codebase": cb.id},
                reason=f"The card names {cb.name}, public code that {what} models (opengauge code catalog), "
                "but the model's own training code and configuration are not published with the release.",
            )
    return None


@probe("training-code")
def training_code(ctx: ProbeContext) -> list[Finding]:
    return of_the_original(
        ctx, "training-code", [_stage_withheld(ctx, _with_bases(ctx, f)) for f in _own_training_code(ctx)]
    )


def _stage_withheld(ctx: ProbeContext, finding: Finding) -> Finding:
    """Open training code is partial when the card, or a README of the publisher's own code, says the code of
    one stage of the training is not released (`withheld-stage-code`: "Its environments ... and the reward
    functions ... are not released, and neither is the GRPO trainer"): the published code trains only part of
    the model (held-out release round 33; the experts rate a tune whose RL stage is withheld partial,
    Magicoder.yaml)."""
    if finding.level is not Level.OPEN:
        return finding
    docs: list[Document | tuple[Document, CodeRepo]] = [*ctx.cards, *ctx.own_readmes]
    hits = ctx.search(_STAGE_WITHHELD, docs, limit=1, skip_front_matter=True)
    if not hits:
        return finding
    m = _STAGE_WITHHELD.search(hits[0].text)
    said = sentence_at(hits[0].text, m.start(), m.end()) if m else hits[0].text
    return finding.model_copy(
        update={
            "level": Level.PARTIAL,
            "data": {**finding.data, "stage_withheld": clip(said, 200)},
            "evidence": [*finding.evidence, ctx.hit_evidence(hits[0], "a training stage's code withheld")],
            "reason": finding.reason.rstrip(".") + f"; but the code of one training stage is not released "
            f"({clip(said, 120)!r}).",
        }
    )


def _with_bases(ctx: ProbeContext, finding: Finding) -> Finding:
    """A derivative's complete training code is its own and the code that trained its bases: its own
    published training code (continued pre-training, distillation, tuning) is partial when a base's
    training code is not published (the experts: Fietje.yaml "Source code for base model not available,
    but training for derivative well-documented", NeuralChat.yaml, partial), and unknown when whether it is
    could not be read (open with the base's code, partial without it: not decided)."""
    if (
        finding.level is not Level.OPEN
        or not ctx.release.base_models
        or finding.data.get("base_training_code")
    ):
        return finding
    base = _bases_training_code(ctx)
    if base is Level.OPEN:
        return finding
    if base is Level.UNKNOWN:
        return _base_unread(ctx, finding)
    why = "the code that trained the base model (" + ", ".join(_unpublished_bases(ctx)) + ") is not published"
    unread = _unread_bases(ctx)
    if unread:
        why += " (whether " + ", ".join(unread) + "'s is could not be read)"
    return finding.model_copy(
        update={
            "level": Level.PARTIAL,
            "data": {**finding.data, "base_training_code": False},
            "reason": finding.reason.rstrip(".") + f"; but {why}, so the whole training is not reproducible.",
        }
    )


def _base_unread(ctx: ProbeContext, finding: Finding) -> Finding:
    """`finding` made unknown: whether the bases' training code is published could not be read."""
    bases = ", ".join(_unread_bases(ctx) or ctx.release.base_models)
    return finding.model_copy(
        update={
            "level": Level.UNKNOWN,
            "data": {**finding.data, "base_training_code": None},
            "reason": finding.reason.rstrip(".")
            + f"; whether the code that trained the base model ({bases}) "
            "is published could not be read, so whether the whole training is published is not established.",
        }
    )


def _bases_training_code(ctx: ProbeContext) -> Level:
    """The bases' training code as one level: open when every base was examined and its training code is
    open; partial (not published) when one base's is known not to be, whatever the others; unknown when
    a base could not be examined or its training code could not be read."""
    if _unpublished_bases(ctx):
        return Level.PARTIAL
    return Level.UNKNOWN if _unread_bases(ctx) or not ctx.trained_parents() else Level.OPEN


def _unpublished_bases(ctx: ProbeContext) -> list[str]:
    """The examined bases whose training code is known not to be published (any level but open and
    unknown); a quantization or a merge among them is judged by its own bases (`trained_parents`)."""
    return [
        p.release_ref
        for p in ctx.trained_parents()
        if p.level("training-code") not in (Level.OPEN, Level.UNKNOWN)
    ]


def _unread_bases(ctx: ProbeContext) -> list[str]:
    """The bases whose training code could not be read: those no route could examine, else the examined
    ones whose training code is unknown."""
    return list(ctx.unexamined) or [
        p.release_ref for p in ctx.trained_parents() if p.level("training-code") is Level.UNKNOWN
    ]


def _tuning_code(
    ctx: ProbeContext, evidence: list[Evidence], data: dict[str, Any], has: str, only: str
) -> Finding:
    """Fine-tuning code of the release's own, judged with its bases' training code: open when every base's is
    open (a fine-tune's complete training code is its own tuning code and the code that trained its base; the
    experts rate a tune that links only its fine-tuning code open when the base's pre-training code is public,
    Pythia.yaml: Together's tune of Pythia), unknown when a base's could not be read, partial otherwise.
    `has` says what the release holds ("The linked code has the fine-tuning scripts"), `only` the same said
    as all it holds."""
    pid = "training-code"
    base = _bases_training_code(ctx) if ctx.release.base_models else None
    if base is Level.UNKNOWN:
        # open with the base's code, partial without it
        return _base_unread(
            ctx, Finding(probe=pid, level=Level.OPEN, evidence=evidence, data=data, reason=f"{has}.")
        )
    if base is Level.OPEN:
        bases = [p.release_ref for p in ctx.trained_parents()]
        return Finding(
            probe=pid,
            level=Level.OPEN,
            evidence=evidence,
            data={**data, "base_training_code": bases},
            reason=f"{has}, and the code that trained the base model ({', '.join(bases)}) is published, so "
            "the whole training is reproducible.",
        )
    return Finding(
        probe=pid,
        level=Level.PARTIAL,
        evidence=evidence,
        data=data,
        reason=f"{only}, not the code that pre-trained the model"
        + (" or its base" if ctx.release.base_models else "")
        + ".",
    )


def _notebooks(ctx: ProbeContext) -> list[Document]:
    """The Jupyter notebooks of the model repository that were read, each as the source of its code cells."""
    return [d for d in ctx.release.documents if d.kind is DocumentKind.NOTEBOOK]


def _training_call(code: str) -> re.Match[str] | None:
    """Where a notebook's code trains a model (`notebook-trainer` built and its training method called, a
    hand-written loop's backward pass and optimiser step, a public training tool's command); None when it does
    not (loading and running a model, evaluating it, preparing data)."""
    if _NB_TRAINER.search(code) and (m := _NB_TRAIN_CALL.search(code)):
        return m
    if _NB_BACKWARD.search(code) and (m := _NB_STEP.search(code)):
        return m
    return _NB_COMMAND.search(code)


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)].strip()


def _model_repo_training(ctx: ProbeContext) -> tuple[list[Evidence], list[Evidence], list[str]]:
    """The training code the model repository itself holds: (pre-training, fine-tuning, paths). Scripts count
    by their names (`train-file`; a name of fine-tuning, `finetune`, makes them tuning code), notebooks by
    what their code does (`_training_call`; post-training trainers, adapters or weights loaded to start from,
    `notebook-tuning`, make them tuning code). A notebook that trains starting from the release's own model
    and from no other fine-tunes the released model for its users: a usage example, not the code it was
    made with."""
    own_id = ctx.release.id.lower()
    pre: list[Evidence] = []
    tune: list[Evidence] = []
    paths: list[str] = []
    for f in ctx.release.files:
        if _TRAIN_FILE.search(f.path):
            (tune if _FINETUNE.search(f.path) else pre).append(
                ctx.file_evidence(f.path, note="training script")
            )
            paths.append(f.path)
    for doc in _notebooks(ctx):
        m = _training_call(doc.text)
        if m is None:
            continue
        loaded = {x.group(1).lower() for x in _NB_LOADS.finditer(doc.text, 0, m.start())}
        if own_id in loaded and len(loaded) == 1:
            continue
        tuning = bool(_NB_TUNING.search(doc.text) or _FINETUNE.search(doc.path))
        ev = ctx.file_evidence(
            doc.path, note="notebook that " + ("fine-tunes" if tuning else "trains") + " the model"
        ).model_copy(update={"quote": clip(_line_at(doc.text, m.start()), 160)})
        (tune if tuning else pre).append(ev)
        paths.append(doc.path)
    return pre, tune, paths


def _model_repo_training_finding(ctx: ProbeContext) -> Finding | None:
    """The model repository's own training code (`_model_repo_training`) as a finding, judged as linked code
    is: pre-training code open (a derivative's then weighed with its bases' code, `_with_bases`); fine-tuning
    code open when every base's training code is open (Pythia.yaml), unknown when a base's could not be read,
    else partial (the code that pre-trained the model or its base is not published). The rubric asks whether
    the code is available, not where: OpenELM.yaml counts "Config and generation code on HuggingFace" as code
    (held-out release rounds 16 and 26: a recipe of scripts, or of notebooks, in the model repository)."""
    pid = "training-code"
    pre, tune, paths = _model_repo_training(ctx)
    if not pre and not tune:
        return None
    data: dict[str, Any] = {
        "pretraining": bool(pre),
        "finetune_only": not pre,
        "in_model_repo": True,
        "files": paths[:10],
    }
    if pre:
        return Finding(
            probe=pid,
            level=Level.OPEN,
            data=data,
            evidence=pre[:3],
            reason="The model repository holds the code that trains the model ("
            + ", ".join(paths[:3])
            + ").",
        )
    said = "The model repository holds the fine-tuning code (" + ", ".join(paths[:3]) + ")"
    return _tuning_code(ctx, tune[:3], data, said, said)


def _base_repos(ctx: ProbeContext) -> list[tuple[CodeRepo, str]]:
    """The linked repositories that are a base model's own code: one its base model's assessment cites as its
    training or data-processing code (its `repos`, or the repository of its `files`), and that holds no
    fine-tuning code (which may be the derivative's own tuning): (repository, the base model). A derivative
    whose card is its base's copied links its base's pipeline, which made the base, not the derivative
    (StarChat.yaml: a tune of the openly developed StarCoder2 without code of its own, "No repository
    containing training code found", closed; held-out release round 28). Empty for a release not trained
    beyond its base (a quantization, a merge: `UNTRAINED_RELATIONS`), whose weights its parents' training
    made."""
    if not ctx.release.base_models or (ctx.release.base_model_relation or "").lower() in UNTRAINED_RELATIONS:
        return []
    return ctx.cached(("base-repos",), lambda: _find_base_repos(ctx))


def _find_base_repos(ctx: ProbeContext) -> list[tuple[CodeRepo, str]]:
    cited: dict[str, str] = {}
    for a in ctx.ancestors():
        for f in a.findings:
            if f.probe not in ("training-code", "data-processing-code"):
                continue
            refs = list(f.data.get("repos") or []) + [
                str(x).rsplit(":", 1)[0] for x in f.data.get("files") or [] if str(x).count(":") >= 2
            ]
            for ref in refs:
                if isinstance(ref, str):
                    cited.setdefault(ref.split("@", 1)[0].lower(), a.release_ref)
    out = []
    for repo in _repos(ctx):
        base = cited.get(repo.ref.split("@", 1)[0].lower())
        if base is None:
            continue
        if any(_FINETUNE.search(f.path) for f in repo.files) or _FINETUNE.search(_name(repo)):
            continue  # fine-tuning code beside the base's may be the derivative's own
        out.append((repo, base))
    return out


def _base_code_only(ctx: ProbeContext, pid: str, what: str) -> Finding | None:
    """`closed` when every readable repository the release links is its base model's own code
    (`_base_repos`) and the model repository holds none of its own: the code that trained the base is
    rated with the base (`_with_bases`), and nothing of the derivative's own training is published; None
    otherwise."""
    based = _base_repos(ctx)
    if not based or len(based) < len(_repos(ctx)):
        return None
    repos = ", ".join(r.ref for r, _ in based[:3])
    bases = ", ".join(dict.fromkeys(b for _, b in based))
    return Finding(
        probe=pid,
        level=Level.CLOSED,
        evidence=[ctx.repo_evidence(r, f"the {what} of the base model {b}") for r, b in based[:3]],
        data={"not_published": True, "base_repos": [r.ref for r, _ in based]},
        reason=f"The linked code ({repos}) is the {what} of the base model ({bases}), not of this release: "
        f"no {what} of the release's own (its fine-tuning) is published.",
    )


def _own_training_code(ctx: ProbeContext) -> list[Finding]:
    pid = "training-code"
    based = _base_code_only(ctx, pid, "training code")
    if based is not None:
        return [_model_repo_training_finding(ctx) or based]
    if not _repos(ctx):
        in_repo = _model_repo_training_finding(ctx)
        if in_repo is not None:
            return [in_repo]
        named = _named_training_code(ctx)
        return [named or _withheld_training_code(ctx) or _no_repo_finding(ctx, pid, "training code")]
    hits = _scan(ctx, _is_train)
    pre = [(r, f) for r, f in hits if not _FINETUNE.search(f.path) and not _FINETUNE.search(_name(r))]
    tune = [(r, f) for r, f in hits if (r, f) not in pre]
    named_tune = _scan(ctx, lambda r, f: bool(_FINETUNE.search(f.path)) and _is_code_or_folder(f.path))
    tune += [(r, f) for r, f in named_tune if (r, f) not in tune and (r, f) not in pre]
    configs = _scan(ctx, lambda r, f: bool(_CONFIG_DIR.search(f.path)))
    data = {
        "pretraining": bool(pre),
        "finetune_only": bool(tune) and not pre,
        "configs": bool(configs),
        "files": [f"{r.ref}:{f.path}" for r, f in (pre or tune)[:10]],
        "repos": sorted({r.ref for r, _ in (pre or tune)}),
    }
    # once per repository, not per training file: the same repository holds many of them
    copy_of = {r.ref: _framework_copy(r) for r, _ in pre}
    recipes = [(r, f) for r, f in pre if copy_of[r.ref] is None or _names_the_model(ctx, r)]
    if pre and not recipes:
        # the lesson: a linked fork of a training framework is the framework, not this model's
        # training recipe, unless it holds the model's own configuration
        repo = pre[0][0]
        framework = copy_of[repo.ref]
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[
                    ctx.file_evidence(f.path, r, f"entry point of a copy of {framework}") for r, f in pre[:2]
                ],
                data={**data, "framework_copy": framework},
                reason=f"The linked repository {repo.ref} is a copy of the training framework {framework} "
                "(opengauge code catalog) and holds no configuration of this model, so the model's own "
                "training recipe is not shown to be published.",
            )
        ]
    if pre:
        ev = [ctx.file_evidence(f.path, r, "training entry point") for r, f in pre[:3]]
        if configs:
            ev.append(ctx.file_evidence(configs[0][1].path, configs[0][0], "training configurations"))
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=ev,
                data=data,
                reason="The linked code includes training entry points"
                + (" and configurations" if configs else "")
                + " for training the model.",
            )
        ]
    catalog = _catalog_training_code(ctx)
    if catalog is not None and (catalog.level is Level.OPEN or not tune):
        return [catalog]
    documented = _documented_training(ctx)
    if documented is not None:
        kind, ev = documented
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=ev,
                data={**data, "documented": kind},
                reason=(
                    "A linked repository's README documents how to train the model with the "
                    "repository's own command."
                    if kind == "command"
                    else "A linked repository's README documents the training and links the training "
                    "scripts that were run."
                ),
            )
        ]
    if not tune and configs:
        # configs without an entry point: partial when the repo's README documents how they train the model
        for repo in {id(r): r for r, _ in configs}.values():
            docs = [(d, repo) for d in repo.documents if d.kind is not DocumentKind.LICENSE]
            headings = ctx.search(_TRAINING_HEADING, docs, limit=1)
            if headings:
                cfg = next(f for r, f in configs if r is repo)
                return [
                    Finding(
                        probe=pid,
                        level=Level.PARTIAL,
                        data={**data, "configs_only": True},
                        evidence=[
                            ctx.file_evidence(cfg.path, repo, "training configurations"),
                            ctx.hit_evidence(headings[0], "training instructions"),
                        ],
                        reason="The linked code has the training configurations and instructions, "
                        "but the training entry point is not in the linked repositories.",
                    )
                ]
    if tune:
        return [
            _tuning_code(
                ctx,
                [ctx.file_evidence(f.path, r, "fine-tuning script") for r, f in tune[:3]],
                data,
                "The linked code has the fine-tuning scripts",
                "The linked code only has fine-tuning scripts",
            )
        ]
    in_repo = _model_repo_training_finding(ctx)
    if in_repo is not None:
        # the linked repositories hold no training code, but the model repository does
        return [in_repo]
    unread = _unread_finding(ctx, pid, "training code", data)
    if unread is not None:
        return [unread]
    named = _named_training_code(ctx)
    if named is not None:
        # the linked repositories hold no training code, but the card says which public training code
        # base made the model (e.g. "trained with NVIDIA NeMo" beside a repository of fine-tuning examples)
        return [named]
    return [
        Finding(
            probe=pid,
            level=Level.CLOSED,
            data=data,
            evidence=_searched_evidence(ctx, "no training entry point"),
            reason="None of the linked code repositories contains training code.",
        )
    ]


def _documented_data_prep(ctx: ProbeContext) -> list[Evidence] | None:
    """Data-processing code found through documentation: a README section on preparing the data, in a
    repository whose installable package has its own data module (`pkg/data/` beside
    `pkg/__init__.py`), or a README section on making the training data that links the scripts that
    make it or names one the repository holds."""
    made = _data_creation_scripts(ctx)
    if made is not None:
        return made
    for repo in _repos(ctx):
        paths = {f.path for f in repo.files}
        folders = [
            f
            for f in repo.files
            if (m := _DATA_PACKAGE.match(f.path)) and f"{m.group(1)}/__init__.py" in paths
        ]
        if not folders:
            continue
        for doc in repo.documents:
            if doc.kind is DocumentKind.LICENSE:
                continue
            sec = next((x for x in ctx.sections(doc) if _DATA_PREP_TITLE.search(x.title)), None)
            if sec is not None:
                return [
                    ctx.evidence(doc, sec.line, sec.title, "data preparation documented in the README", repo),
                    ctx.file_evidence(folders[0].path, repo, "data package of the code"),
                ]
    return None


def _data_creation_scripts(ctx: ProbeContext) -> list[Evidence] | None:
    """A section of a linked repository's README whose title makes the training data ("Create xP3(x)",
    "Building the corpus": a making verb, and data or a dataset the release names) and that links a
    code file or names one of the repository's own code files: the scripts that made the data."""
    names = {k for d in ctx.release.datasets if len(k := name_key(d.id.rsplit("/", 1)[-1])) >= 3}
    for repo in _repos(ctx):
        own = {f.path.rsplit("/", 1)[-1]: f.path for f in repo.files if _CODE_FILE.search(f.path)}
        for doc in repo.documents:
            if doc.kind is DocumentKind.LICENSE:
                continue
            for sec in ctx.sections(doc):
                if not _DATA_CREATE_TITLE.search(sec.title):
                    continue
                flat = name_key(sec.title)
                if not (_DATA_TITLE.search(sec.title) or any(n in flat for n in names)):
                    continue
                head = ctx.evidence(doc, sec.line, sec.title, "README section on making the data", repo)
                for i, line in enumerate(ctx._lines(doc)[0][sec.line : sec.end]):
                    linked = [m.group(2) for m in _GH_FILE.finditer(line) if _CODE_FILE.search(m.group(2))]
                    named = [name for name in own if name in line]
                    if linked or named:
                        what = "data-making script " + ("linked" if linked else "of the repository")
                        return [head, ctx.evidence(doc, sec.line + i + 1, line, what, repo)]
    return None


def _makers(listed_id: str, hub_ids: list[str]) -> set[str]:
    """The Hub organisations that publish a dataset: the listed id's, and the catalog entry's."""
    return {h.split("/", 1)[0].lower() for h in (listed_id, *hub_ids) if "/" in h}


def _dataset_code(ctx: ProbeContext, pid: str) -> Finding | None:
    """The data-processing code the release's publisher published for its own training data: every
    dataset the release lists (the training-data probe's, as published: not a processed part of it,
    not beside unpublished data) that the publisher itself put on the Hub (the dataset's organisation
    is the release's) and whose dataset-catalog entry names the repositories that built it. All of
    them covered: open; some: partial; none, or a dataset used only in part: None. A third party's
    dataset code (Alpaca's, The Pile's under another publisher's fine-tune) is not the release's."""
    td = next(iter(ctx.earlier("training-data")), None)
    if td is None:
        return None
    listed = td.data.get("datasets") or []
    if not listed or any(td.data.get(k) for k in ("parts", "internal", "reduced")):
        return None
    catalog = load_datasets()
    own = ctx.release.id.split("/", 1)[0].lower() if "/" in ctx.release.id else None
    code = {
        d["id"]: entry.processing_code
        for d in listed
        if d.get("catalog")
        and (entry := catalog.entries.get(d["catalog"]))
        and entry.processing_code
        and own in _makers(d["id"], entry.hub_ids)
    }
    if not code:
        return None
    every = len(code) == len(listed)
    ev = [e for e in td.evidence[:3]] + [
        Evidence(
            source=urls[0],
            note=f"code that built {ds} (opengauge dataset catalog; the dataset's card or paper names it)",
        )
        for ds, urls in list(code.items())[:3]
    ]
    named = ", ".join(list(code)[:4]) + (" …" if len(code) > 4 else "")
    rest = [d["id"] for d in listed if d["id"] not in code]
    return Finding(
        probe=pid,
        level=Level.OPEN if every else Level.PARTIAL,
        evidence=ev,
        data={"files": [], "datasets": code, "without_code": rest},
        reason=(
            f"The training data is published datasets whose makers published the code that built them "
            f"({named}; opengauge dataset catalog)."
            if every
            else f"The makers of some of the training data published the code that built it ({named}); "
            f"not for {', '.join(rest[:3])}."
        ),
    )


def _model_repo_data_code(ctx: ProbeContext) -> Finding | None:
    """Open: the model repository holds the code that prepares the training data, scripts and notebooks by
    their names (`data-code`, `data-script`) and notebooks by what their code does (it writes a dataset,
    `notebook-builds-data`, after cleaning or selecting it, `notebook-curates`); None when it holds none."""
    own = [f.path for f in ctx.release.files if _DATA_CODE.search(f.path) or _DATA_SCRIPT.search(f.path)]
    own += [
        d.path
        for d in _notebooks(ctx)
        if d.path not in own and _NB_BUILDS_DATA.search(d.text) and _NB_CURATES.search(d.text)
    ]
    if not own:
        return None
    return Finding(
        probe="data-processing-code",
        level=Level.OPEN,
        data={"files": own[:10], "in_model_repo": True},
        evidence=[ctx.file_evidence(p, note="data preparation code") for p in own[:3]],
        reason=f"The model repository holds the code that prepares the training data ({', '.join(own[:3])}).",
    )


@probe("data-processing-code", after=("training-data",))
def data_processing_code(ctx: ProbeContext) -> list[Finding]:
    return of_the_original(ctx, "data-processing-code", _data_processing_code(ctx))


def _data_processing_code(ctx: ProbeContext) -> list[Finding]:
    pid = "data-processing-code"
    based = _base_code_only(ctx, pid, "data-processing code")
    if based is not None:
        return [_model_repo_data_code(ctx) or _dataset_code(ctx, pid) or based]
    if not _repos(ctx):
        in_repo = _model_repo_data_code(ctx)
        if in_repo is not None:
            return [in_repo]
        from_datasets = _dataset_code(ctx, pid)
        return [from_datasets or _no_repo_finding(ctx, pid, "data-processing code")]
    hits = _scan(ctx, lambda r, f: bool(_DATA_CODE.search(f.path)))
    hits += [
        (r, f)
        for r in _repos(ctx)
        if _DATA_REPO.search(_name(r))
        for f in r.files[:1]
        if _CODE_FILE.search(f.path) or f.path.endswith("/")
    ]
    if not hits:
        hits = [
            (r, f)
            for r in _repos(ctx)
            if _DATA_REPO.search(_name(r))
            for f in r.files
            if _CODE_FILE.search(f.path)
        ][:3]
    documented = None if hits else _documented_data_prep(ctx)
    if documented is not None:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=documented,
                data={"files": [], "documented": True},
                reason="A linked repository's README documents how the training data was prepared "
                "and points to the code that does it.",
            )
        ]
    if hits:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                data={"files": [f"{r.ref}:{f.path}" for r, f in hits[:10]]},
                evidence=[ctx.file_evidence(f.path, r, "data preparation code") for r, f in hits[:3]],
                reason="The linked code includes the scripts that prepare, filter or tokenize the "
                "training data.",
            )
        ]
    prep = [(r, cb) for r, cb in _catalogued(ctx) if cb.processes_data]
    if prep:
        repo, cb = prep[0]
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                data={"files": [], "codebase": cb.id},
                evidence=_catalog_evidence(ctx, repo, cb),
                reason=f"The release links {cb.name}, which holds data-processing code (opengauge code "
                "catalog; the repository's file list was not read in full).",
            )
        ]
    from_datasets = _dataset_code(ctx, pid)
    if from_datasets is not None and from_datasets.level is Level.OPEN:
        return [from_datasets]
    in_repo = _model_repo_data_code(ctx)
    if in_repo is not None:
        # the linked repositories hold no data-processing code, but the model repository does
        return [in_repo]
    unread = _unread_finding(ctx, pid, "data-processing code", {})
    if unread is not None:
        return [unread]
    if from_datasets is not None:
        return [from_datasets]
    return [
        Finding(
            probe=pid,
            level=Level.CLOSED,
            evidence=_searched_evidence(ctx, "no data-processing code"),
            reason="None of the linked code repositories contains data-processing code.",
        )
    ]


def _library(ctx: ProbeContext) -> tuple[str, Evidence] | None:
    """The public library the model runs with, and the evidence naming it; None when none is named."""
    md = ctx.release.metadata
    lib = md.get("library_name")
    if isinstance(lib, str) and lib.strip():
        return lib.strip(), ctx.metadata_evidence("library_name", "runs with a public library")
    hits = ctx.search(_LIBRARY_HINT, ctx.cards, limit=1, skip_front_matter=True)
    if hits:
        text = hits[0].text.lower()
        pkg = _IMPORTED.match(hits[0].text)
        hint = _LIBRARY_HINT.search(hits[0].text)
        said = hint.group(0).strip(" `(\"'") if hint else ""
        named = (
            "transformers"
            if "transformers" in text or "automodel" in text
            else pkg.group(1).split(".")[0]
            if pkg
            else said  # a runtime named as it is written: "llama.cpp", "vLLM", "ollama"
            if _RUNTIME_WORD.fullmatch(said)
            else ""  # a library the card shows without naming one
        )
        return named, ctx.hit_evidence(hits[0], "usage through a public library")
    for doc in ctx.release.documents:
        if doc.kind is DocumentKind.CONFIG and doc.path == "config.json":
            try:
                cfg_data = json.loads(doc.text[:1_000_000])
            except ValueError:
                cfg_data = None
            if isinstance(cfg_data, dict) and (
                cfg_data.get("transformers_version") or cfg_data.get("architectures")
            ):
                hit = ctx.search(_LIBRARY_CONFIG_KEY, [doc], limit=1)
                ev = (
                    ctx.hit_evidence(hit[0], "configuration for the transformers library")
                    if hit
                    else ctx.file_evidence("config.json", note="configuration for the transformers library")
                )
                return "transformers", ev
    cfg = [f for f in ctx.release.files if f.path == "config.json"]
    tags = {t.lower() for t in ctx.release.tags}
    if cfg and tags & _KNOWN_LIBRARIES:
        tag = min(tags & _KNOWN_LIBRARIES)
        return tag, ctx.file_evidence("config.json", note=f"configuration for the {tag} library")
    return None


@probe("inference-code")
def inference_code(ctx: ProbeContext) -> list[Finding]:
    pid = "inference-code"
    own = [f for f in ctx.release.files if _HUB_CODE.search(f.path)]
    hits = _scan(ctx, lambda r, f: bool(_INFER.search(f.path)) and not _EVAL.search(f.path))
    hits += [(r, f) for r in _repos(ctx) if _INFER_REPO.search(_name(r)) for f in r.files[:1]]
    if hits or own:
        ev = [ctx.file_evidence(f.path, note="model / inference code") for f in own[:2]]
        ev += [ctx.file_evidence(f.path, r, "model / inference code") for r, f in hits[:3]]
        files = [f.path for f in own] + [f"{r.ref}:{f.path}" for r, f in hits[:10]]
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=ev,
                data={"own": True, "library": None, "files": files},
                reason="The release links its own code to load and run the model.",
            )
        ]
    library = _library(ctx)
    if library is not None:
        lib, lib_ev = library
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[lib_ev],
                data={"own": False, "library": lib},
                reason=(
                    f"The model runs with the public {lib} library"
                    if lib
                    else "The model runs with a public library"
                )
                + "; the publisher ships no inference code of its own.",
            )
        ]
    if _repos(ctx) and any(r.files for r in _repos(ctx)):
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=_searched_evidence(ctx, "no inference code"),
                data={"own": False, "library": None},
                reason="Neither the linked code nor the card provides a way to run the model.",
            )
        ]
    unread_cfg = any(f.path == "config.json" for f in ctx.release.files) and not any(
        d.kind is DocumentKind.CONFIG and d.path == "config.json" for d in ctx.release.documents
    )
    if unread_cfg:
        # a model configuration is listed but was not read (`--depth metadata`, a failed fetch): it may
        # be one a public library reads, so absence is not established
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                evidence=[ctx.file_evidence("config.json", note="listed, not read")],
                data={"own": False, "library": None, "config_unread": True},
                reason="Whether code to run the model is published could not be established: the card "
                "names no library and links no code, and config.json is listed but was not read (a "
                "configuration a public library reads would make the model run with it).",
            )
        ]
    if ctx.read_completely:
        # looked everywhere (card, configuration, file list, every linked repository) and found nothing
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[ctx.absence_evidence("no inference code, no library, no model configuration")],
                data={"own": False, "library": None, "not_published": True},
                reason="No way to run the model is published: the release, read in full, links no code, "
                "names no library and has no model configuration a library reads.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data={"own": False, "library": None},
            reason="Whether code to run the model is published could not be established"
            f"{ctx.unread_reason()}.",
        )
    ]


@probe("evaluation-code")
def evaluation_code(ctx: ProbeContext) -> list[Finding]:
    pid = "evaluation-code"
    hits = _scan(ctx, lambda r, f: bool(_EVAL.search(f.path)))
    if hits:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                data={"files": [f"{r.ref}:{f.path}" for r, f in hits[:10]]},
                evidence=[ctx.file_evidence(f.path, r, "evaluation code") for r, f in hits[:3]],
                reason="The linked code includes evaluation code.",
            )
        ]
    harness = ctx.search(_EVAL_HARNESS, ctx.readmes, limit=1, skip_front_matter=True)
    if harness:
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[ctx.hit_evidence(harness[0], "public evaluation tool named")],
                data={"files": []},
                reason="The documentation names a public evaluation tool, but the exact evaluation "
                "code is not published.",
            )
        ]
    if not _repos(ctx):
        return [_no_repo_finding(ctx, pid, "evaluation code")]
    if all(not r.files for r in _repos(ctx)):
        return [
            Finding(probe=pid, level=Level.UNKNOWN, reason="The linked repositories' file lists are unknown.")
        ]
    return [
        Finding(
            probe=pid,
            level=Level.CLOSED,
            evidence=_searched_evidence(ctx, "no evaluation code"),
            reason="None of the linked code repositories contains evaluation code.",
        )
    ]


#: A README this long documents its repository on its own (characters read, or bytes listed).
_README_ENOUGH = 3000
#: A README shorter than this (a title and a line: "# drumlin\n\nCode for Drumlin-1B.") documents nothing: a
#: repository with no more and no documentation folder is not documented (the experts: "Repository only
#: consists of README", TeleChat.yaml; "No documentation available", XVERSE.yaml: closed).
_README_BARE = 300

_Cite = Callable[[ProbeContext, CodeRepo], Evidence]


def readme_documents(size: int | None, docs_folder: bool) -> bool:
    """The rule that calls a repository documented, whatever measured it (a README read, a size
    listed, the code catalog): a README of `_README_ENOUGH` or more, or a documentation folder
    beside a README that is not empty or in a repository without one. `size` is None when the
    repository has no README."""
    if size is None:
        return docs_folder
    return size >= _README_ENOUGH or (size > 0 and docs_folder)


def _catalog_documented(repo: CodeRepo) -> tuple[bool | None, _Cite | None]:
    """Whether the code catalog's measurement calls a repository documented, with the evidence to
    cite; (None, None) when the repository is not catalogued or its documentation not measured."""
    cb = codebase_by_repo(_name(repo))
    doc = cb.documentation if cb is not None else None
    if cb is None or doc is None:
        return None, None
    what = f"{doc.readme}, {doc.readme_chars} characters" if doc.readme else "no README"
    if doc.docs_folder:
        what += f", documentation folder {doc.docs_folder}"
    note = (
        f"{cb.repo} at commit {doc.revision[:12]}: {what} "
        f"(opengauge code catalog, checked {cb.checked}; the repository's README was not read)"
    )
    url = f"https://github.com/{cb.repo}/tree/{doc.revision}"
    return readme_documents(doc.readme_chars, doc.docs_folder is not None), lambda ctx, r: Evidence(
        source=url, note=note
    )


def _readme(repo: CodeRepo) -> tuple[Document | None, FileEntry | None]:
    """A repository's README: the document read (None when none was), and its entry in the top of the file
    list (None when the list names none)."""
    readme = next(
        (
            d
            for d in repo.documents
            if d.kind in (DocumentKind.README, DocumentKind.OTHER) or d.path.lower().startswith("readme")
        ),
        None,
    )
    listed = next((f for f in repo.files if "/" not in f.path and f.path.lower().startswith("readme")), None)
    return readme, listed


def _bare(repo: CodeRepo, docs_dir: bool) -> bool:
    """The repository's documentation is a README shorter than `_README_BARE` (read, or its size listed) and
    no documentation folder."""
    if docs_dir:
        return False
    readme, listed = _readme(repo)
    if readme is not None and readme.text:
        return len(readme.text.strip()) < _README_BARE
    return listed is not None and listed.size is not None and listed.size < _README_BARE


def _documented(repo: CodeRepo, docs_dir: bool) -> tuple[bool | None, _Cite | None]:
    """Whether a repository is documented (`readme_documents`; `docs_dir`: it has a documentation
    folder), with the evidence to cite. A README
    the listing names but that was not read is measured by the size the listing gives; when neither
    its text nor its size is known, or the file list is, the code catalog's measurement of the
    repository decides; None when it has none either (not established)."""
    readme, listed = _readme(repo)
    if readme is not None and readme.text:
        size = len(readme.text)
        first = readme.text.strip().split("\n")[0]
        return readme_documents(size, docs_dir), lambda ctx, r: ctx.evidence(
            readme, 1, first, f"README, {size} characters", r
        )
    if listed is None:
        if docs_dir:
            return True, None
        if repo.files and not repo.files_truncated:
            return False, None
        # no file list at all (the index keeps none, a listing failed) or a cut one: the catalog, if
        # it measured the repository
        return _catalog_documented(repo)
    if listed.size is not None:
        size = listed.size
        return readme_documents(size, docs_dir), lambda ctx, r: ctx.file_evidence(
            listed.path, r, f"README listed, {size} bytes (not read)"
        )
    if docs_dir:
        return True, lambda ctx, r: ctx.file_evidence(listed.path, r, "README listed (not read)")
    state, cite = _catalog_documented(repo)
    if state is not None:
        return state, cite
    return None, lambda ctx, r: ctx.file_evidence(listed.path, r, "README listed (not read)")


def _kept_code_explained(ctx: ProbeContext) -> Finding | None:
    """Training code kept in the model repository (a notebook, scripts: no code repository linked) that the
    card explains where it tells how the model was trained, naming the file: its documentation is the card's
    account, partial (the experts: the documented fine-tuning step alone, NeuralChat.yaml and Fietje.yaml,
    partial; held-out release round 32, an Unsloth notebook the card's training section names). None when no
    such code is kept, or no card line names it."""
    for f in ctx.earlier("training-code"):
        if not f.data.get("in_model_repo") or f.level not in (Level.OPEN, Level.PARTIAL):
            continue
        for path in f.data.get("files", []):
            name = path.rsplit("/", 1)[-1]
            hits = ctx.search(re.compile(re.escape(name)), ctx.cards, limit=3, skip_front_matter=True)
            if hits:
                return Finding(
                    probe="code-documentation",
                    level=Level.PARTIAL,
                    evidence=[ctx.hit_evidence(hits[0], f"the card explains {path}")],
                    data={"in_model_repo": True, "files": f.data.get("files", [])[:10]},
                    reason=f"The training code is kept in the model repository ({path}) and the card "
                    "explains how it was run; there is no documented code repository.",
                )
    return None


@probe("code-documentation", after=("training-code",))
def code_documentation(ctx: ProbeContext) -> list[Finding]:
    pid = "code-documentation"
    repos = _repos(ctx)
    if not repos:
        kept = _kept_code_explained(ctx)
        if kept is not None:
            return [kept]
        return [_no_repo_finding(ctx, pid, "code documentation")]
    documented: list[bool | None] = []
    ev: list[Evidence] = []
    docs_dirs = {r.ref: any(_DOCS_FOLDER.match(f.path) for f in r.files) for r in repos}
    for repo in repos:
        docs_dir = docs_dirs[repo.ref]
        state, note = _documented(repo, docs_dir)
        documented.append(state)
        if note is not None:
            ev.append(note(ctx, repo))
        if docs_dir:
            ev.append(ctx.file_evidence("docs/", repo, "documentation folder"))
    train = ctx.earlier("training-code")
    trains = any(f.level is Level.OPEN for f in train)
    data = {"repos": len(repos), "documented": sum(1 for d in documented if d)}
    if train and all(f.level is Level.CLOSED for f in train):
        # the experts rate the documentation of the code that makes the model: "No code, so no
        # documentation" where only inference or model code is published
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=ev,
                data={**data, "no_training_code": True},
                reason="No training code is published, so there is no training code to document; "
                "documentation of inference or model code alone does not count.",
            )
        ]
    train_refs = {ref for f in train for ref in f.data.get("repos", [])}
    deciding = list(zip(repos, documented, strict=True))
    if train_refs:
        # the repositories holding the training code decide; other linked repositories may be tools
        deciding = [(r, d) for r, d in deciding if r.ref in train_refs] or deciding
    documented = [d for _, d in deciding]
    if documented and all(documented) and trains:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=ev,
                data=data,
                reason="Every linked code repository, including the training code, is documented.",
            )
        ]
    if trains and documented and None in documented and False not in documented:
        # the README that decides could not be read and the listing gives no size: whether the
        # training code is documented is not established (unknown is for what could not be read)
        unread = [r.ref for r, d in deciding if d is None]
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                evidence=ev,
                data={**data, "readme_unread": unread},
                reason="Whether the training code is documented could not be established: the README of "
                f"{', '.join(unread[:3])} could not be read, its size is not known, and the code catalog "
                "has not measured it.",
            )
        ]
    bare = [r for r, _ in deciding if _bare(r, docs_dirs[r.ref])]
    if bare and len(bare) == len(deciding):
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=ev,
                data={**data, "bare": [r.ref for r in bare]},
                reason="The code is published but not documented: "
                + ", ".join(r.ref for r in bare[:3])
                + f" {'has' if len(bare) == 1 else 'have'} only a README of a line or two and no "
                "documentation.",
            )
        ]
    if ev:
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=ev,
                data=data,
                reason="Some of the code is documented, but not every step from training to use.",
            )
        ]
    if all(not r.files and not r.documents for r in repos):
        return [
            Finding(
                probe=pid, level=Level.UNKNOWN, data=data, reason="The linked repositories could not be read."
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.CLOSED,
            evidence=_searched_evidence(ctx, "no README or docs"),
            data=data,
            reason="The linked code repositories have no README or documentation.",
        )
    ]
