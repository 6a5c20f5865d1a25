"""Knowledge as data: what is known about well-known training datasets, training code bases and
the papers of well-known releases.

The probes use these catalogs when a dataset cannot be fetched (its license, whether it is gated,
what it contains), to judge whether a named dataset is all of a model's training data or only a
public part of larger unreleased data (a "sample", an "extract"), and to count a card that links
or names a known training code base as evidence, cited. Like the license catalog, the facts are
data (one YAML file per entry, in this project's words, under `catalog/datasets/` and
`catalog/code/`), each entry with the URL its facts come from and the date they were checked; a
fact that could not be established is `unknown`, with a note, never a guess. The paper catalog
(`catalog/papers/`) records where the paper of a release was peer reviewed, so a card that cites its
paper as an arXiv preprint is judged by the venue the paper was in fact published at.
"""

from opengauge.knowledge.codebases import (
    CodeBase,
    CodeCatalog,
    CodeDocumentation,
    codebase_by_repo,
    codebase_mentions,
    codebases_in_text,
    find_codebase,
    github_repo_key,
    load_codebases,
    read_codebases,
)
from opengauge.knowledge.datasets import (
    DatasetCatalog,
    DatasetEntry,
    dataset_by_hub_id,
    dataset_mentions,
    datasets_in_text,
    find_dataset,
    hub_dataset_key,
    load_datasets,
    read_datasets,
)
from opengauge.knowledge.errors import KnowledgeError
from opengauge.knowledge.names import Mention
from opengauge.knowledge.papers import (
    Paper,
    PaperCatalog,
    find_paper,
    load_papers,
    paper_by_arxiv,
    paper_mentions,
    papers_in_text,
    read_papers,
)

__all__ = [
    "CodeBase",
    "CodeCatalog",
    "CodeDocumentation",
    "DatasetCatalog",
    "DatasetEntry",
    "KnowledgeError",
    "Mention",
    "Paper",
    "PaperCatalog",
    "codebase_by_repo",
    "codebase_mentions",
    "codebases_in_text",
    "dataset_by_hub_id",
    "dataset_mentions",
    "datasets_in_text",
    "find_codebase",
    "find_dataset",
    "find_paper",
    "github_repo_key",
    "hub_dataset_key",
    "load_codebases",
    "load_datasets",
    "load_papers",
    "paper_by_arxiv",
    "paper_mentions",
    "papers_in_text",
    "read_codebases",
    "read_datasets",
    "read_papers",
]
