"""The code catalog's entries for the GitHub repositories well-known model releases link: each is
found by its repository (any case, any URL form, former names too), its flags say what the tree
held at the commit it names, and a model's name in a card is not taken for a mention of them."""

from __future__ import annotations

import re

import pytest

from opengauge.knowledge import (
    CodeBase,
    KnowledgeError,
    codebase_by_repo,
    codebases_in_text,
    find_codebase,
    github_repo_key,
    load_codebases,
    read_codebases,
)
from tests.knowledge.demo_entries import demo_code_entry

#: every repository the releases link, with the entry that describes it (former names included)
LINKED = {
    "01-ai/Yi-1.5": "yi-1.5-repo",
    "NVIDIA/NeMo": "nemo",
    "QwenLM/Qwen3": "qwen3-repo",
    "QwenLM/Qwen2.5": "qwen3-repo",  # the same repository, renamed for each generation
    "QwenLM/Qwen2": "qwen3-repo",
    "QwenLM/Qwen1.5": "qwen3-repo",
    "QwenLM/Qwen": "qwen-repo",  # the first Qwen's own repository
    "THUDM/ChatGLM3": "chatglm3-repo",
    "zai-org/ChatGLM3": "chatglm3-repo",
    "THUDM/GLM-4": "glm-4-repo",
    "zai-org/GLM-4": "glm-4-repo",
    "allenai/OLMo-core": "olmo-core",
    "allenai/dolma": "dolma-toolkit",
    "allenai/open-instruct": "open-instruct",
    "bigcode-project/starcoder": "starcoder-repo",
    "bigscience-workshop/Megatron-DeepSpeed": "bigscience-megatron-deepspeed",
    "databricks/dbrx": "dbrx-repo",
    "deepseek-ai/DeepSeek-LLM": "deepseek-llm-repo",
    "deepseek-ai/DeepSeek-R1": "deepseek-r1-repo",
    "deepseek-ai/DeepSeek-V3": "deepseek-v3-repo",
    "google-deepmind/gemma": "gemma-jax",
    "google/gemma_pytorch": "gemma-pytorch",
    "huggingface/alignment-handbook": "alignment-handbook",
    "huggingface/smollm": "smollm-repo",
    "ibm-granite/granite-3.0-language-models": "granite-3.0-repo",
    "lm-sys/FastChat": "fastchat",
    "meta-llama/codellama": "codellama-reference",
    "facebookresearch/codellama": "codellama-reference",
    "meta-llama/llama": "llama-2-reference",
    "facebookresearch/llama": "llama-2-reference",
    "meta-llama/llama-models": "llama-models",
    "meta-llama/llama3": "llama-3-reference",
    "microsoft/PhiCookBook": "phi-cookbook",
    "microsoft/Phi-3CookBook": "phi-cookbook",
    "mistralai/mistral-inference": "mistral-inference",
    "mistralai/mistral-src": "mistral-inference",
    "openai/gpt-oss": "gpt-oss-reference",
    "xai-org/grok-1": "grok-1-reference",
    "apple/corenet": "corenet",
    "mosaicml/llm-foundry": "llm-foundry",
    "EleutherAI/gpt-neox": "gpt-neox",
}


@pytest.mark.parametrize(("repo", "expected"), sorted(LINKED.items()))
def test_every_linked_repository_is_found_in_any_form(repo: str, expected: str) -> None:
    owner, name = repo.split("/")
    forms = [
        repo,
        repo.lower(),
        repo.upper(),
        f"https://github.com/{repo}",
        f"https://github.com/{owner.lower()}/{name.upper()}.git",
        f"github.com/{repo}/tree/main/README.md",
        f"git@github.com:{repo}.git",
    ]
    for form in forms:
        found = codebase_by_repo(form)
        assert found is not None and found.id == expected, form
    assert find_codebase(f"https://github.com/{repo}/issues").id == expected  # type: ignore[union-attr]


def test_the_flags_that_decide_a_verdict() -> None:
    code = load_codebases()

    def get(code_id: str) -> CodeBase:
        entry = code.get(code_id)
        assert entry is not None, code_id
        return entry

    # reference and inference code: never training code
    for code_id in (
        "llama-models", "llama-2-reference", "llama-3-reference", "codellama-reference", "mistral-inference",
        "gemma-pytorch", "grok-1-reference", "gpt-oss-reference", "deepseek-v3-repo", "deepseek-r1-repo",
        "deepseek-llm-repo", "dbrx-repo", "yi-1.5-repo", "granite-3.0-repo", "qwen3-repo",
    ):  # fmt: skip
        entry = get(code_id)
        assert entry.inference_only and not entry.trains and not entry.processes_data, code_id
    assert get("gpt-oss-reference").evaluates and get("qwen3-repo").evaluates  # evaluation scripts only
    # training frameworks that pre-train
    frameworks = ("olmo-core", "nemo", "gpt-neox", "llm-foundry", "corenet", "bigscience-megatron-deepspeed")
    for code_id in frameworks:
        assert get(code_id).pretrains, code_id
    assert get("smollm-repo").pretrains and get("smollm-repo").processes_data
    # model repositories that ship fine-tuning code but no pre-training loop
    for code_id in ("qwen-repo", "chatglm3-repo", "glm-4-repo", "starcoder-repo", "fastchat", "gemma-jax"):
        entry = get(code_id)
        assert entry.finetunes and not entry.pretrains and not entry.inference_only, code_id
    assert get("open-instruct").finetunes and not get("open-instruct").pretrains


def test_revisions_are_commits_of_the_source_repository() -> None:
    checked = [e for e in load_codebases() if e.revision is not None]
    assert {LINKED[r] for r in LINKED} - {"phi-cookbook"} <= {e.id for e in checked}
    for e in checked:
        assert re.fullmatch(r"[0-9a-f]{40}", e.revision or ""), e.id
        assert github_repo_key(e.source) == e.repo.lower(), e.id  # the commit is of the first repository


def test_a_short_or_upper_case_revision_is_refused(tmp_path) -> None:
    entry = demo_code_entry("inference_only: true", "revision: {rev}")
    for rev in ("0704ac0", "0704AC0632607CE76B65AC8F261AE9B5CFE54580", "main"):
        (tmp_path / "demo-code.yaml").write_text(entry.format(rev=rev), encoding="utf-8")
        with pytest.raises(KnowledgeError, match="revision"):
            read_codebases(tmp_path)
    (tmp_path / "demo-code.yaml").write_text(entry.format(rev="0704ac0632607ce76b65ac8f261ae9b5cfe54580"))
    assert read_codebases(tmp_path).get("demo-code").revision.startswith("0704ac0")  # type: ignore[union-attr]


def test_a_model_name_in_a_card_is_not_a_mention_of_its_repository() -> None:
    # the model repositories are found by URL only: a card naming its model is not naming training code
    card = (
        "Qwen3-8B and Qwen2.5 are compared with ChatGLM3-6B, GLM-4-9B, SmolLM3-3B, Gemma 3, StarCoder, "
        "DBRX, DeepSeek-V3, DeepSeek-R1, Yi-1.5, Granite 3.0, gpt-oss-20b, Grok-1, Code Llama and "
        "the Llama models."
    )
    assert codebases_in_text(card) == []
    found = codebases_in_text("Fine-tuned with FastChat; code at https://github.com/huggingface/smollm.")
    assert [e.id for e in found] == ["fastchat", "smollm-repo"]
