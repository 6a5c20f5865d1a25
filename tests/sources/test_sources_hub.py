"""The Hub source against the loopback fake Hub, with real corpus cards served at test time."""

from __future__ import annotations

from opengauge.model import DocumentKind
from opengauge.sources import gated_without_access, resolve
from tests.servers.fakes import VALID_TOKEN
from tests.sources.helpers import card, model


def test_llama_31_release_from_corpus(fake_hub, release_corpus):
    ref = fake_hub.add_corpus_release("llama-3.1-8b-instruct")
    release = resolve(ref)
    assert release.source == "hub" and release.id == "meta-llama/Llama-3.1-8B-Instruct"
    assert release.gated == "manual" and release.metadata["license"] == "llama3.1"
    kinds = {d.path: d.kind for d in release.documents}
    assert kinds["README.md"] == DocumentKind.MODEL_CARD
    assert kinds["LICENSE.txt"] == DocumentKind.LICENSE
    assert kinds["USE_POLICY.md"] == DocumentKind.USE_POLICY
    assert kinds["README.md#extra_gated_prompt"] == DocumentKind.GATED_PROMPT
    card_doc = next(d for d in release.documents if d.path == "README.md")
    # full text incl. front matter, byte-identical to the corpus file
    assert card_doc.text == (release_corpus / "llama-3.1-8b-instruct" / "README.md").read_text("utf-8")
    assert card_doc.revision == release.revision and card_doc.retrieved_at is not None and card_doc.url
    license_doc = next(d for d in release.documents if d.path == "LICENSE.txt")
    assert license_doc.text == (release_corpus / "llama-3.1-8b-instruct" / "LICENSE.txt").read_text("utf-8")
    assert any(f.path.endswith(".safetensors") and f.lfs and f.size for f in release.files)
    assert not any(p[1].endswith(".safetensors") for p in fake_hub.requests.entries), (
        "weights must never be downloaded"
    )
    repos = {r.ref: r for r in release.code_repos}
    assert "gh:meta-llama/llama-models" in repos and len(repos["gh:meta-llama/llama-models"].files) > 10
    assert release.base_models == ["hf:meta-llama/Meta-Llama-3.1-8B"]
    assert any(p.startswith("lineage:") and "Meta-Llama-3.1-8B" in p for p in release.problems)


def test_request_count_and_second_run_makes_zero_requests(fake_hub):
    ref = fake_hub.add_corpus_release("llama-3.1-8b-instruct")
    first = resolve(ref, lineage_depth=0)
    n = fake_hub.requests.count
    print(f"\nrequests for one `release {ref}` (cold cache): {n}")
    print(fake_hub.requests)
    hub_api = fake_hub.requests.matching("/api/models/")
    assert len(hub_api) == 1, "one model-info call with file sizes"
    assert n <= 20
    fake_hub.requests.clear()
    second = resolve(ref, lineage_depth=0)
    assert fake_hub.requests.count == 0, fake_hub.requests
    assert second == first
    # --refresh asks again
    resolve(ref, lineage_depth=0, refresh=True)
    assert fake_hub.requests.count >= n - 2


def test_every_corpus_release_resolves(fake_hub, release_corpus):
    refs = fake_hub.add_all_corpus_releases()
    assert len(refs) >= 28
    for name, ref in refs.items():
        release = resolve(ref, lineage_depth=0)
        assert release.revision and release.files, name
        assert any(d.kind == DocumentKind.MODEL_CARD for d in release.documents), name
    olmo = resolve(refs["olmo-7b"], lineage_depth=0)
    assert any(r.ref == "gh:allenai/OLMo" and r.files and not r.error for r in olmo.code_repos)


def test_datasets_are_looked_up(fake_hub):
    ref = fake_hub.add_corpus_release("olmo-7b")
    fake_hub.add_dataset("allenai/dolma", license="odc-by", gated="auto")
    release = resolve(ref, lineage_depth=0)
    dolma = next(d for d in release.datasets if d.id == "allenai/dolma")
    assert (dolma.exists, dolma.license, dolma.gated) == (True, "odc-by", "auto")
    assert "2402.00838" in release.papers
    assert any(r.ref.lower() == "gh:allenai/olmo" for r in release.code_repos)


def test_missing_dataset_is_a_fact_not_a_failure(fake_hub):
    fake_hub.add_model(model("org/m", card("license: mit\ndatasets:\n- org/gone\n- org/there")))
    fake_hub.add_dataset("org/there", license="cc-by-4.0")
    release = resolve("hf:org/m")
    ds = {d.id: d for d in release.datasets}
    assert ds["org/gone"].exists is False and ds["org/there"].license == "cc-by-4.0"
    fake_hub.requests.clear()
    resolve("hf:org/m")
    assert fake_hub.requests.count == 0


def test_dataset_cards_are_read(fake_hub):
    names = "\n".join(f"- org/{n}" for n in ("carded", "bare", "unserved"))
    fake_hub.add_model(model("org/m", card(f"license: mit\ndatasets:\n{names}")))
    fake_hub.add_dataset("org/carded", readme="---\nlicense: mit\n---\n# Carded\n\n## Source data\n\nWeb.\n")
    fake_hub.add_dataset("org/bare")  # a repository without a README
    fake_hub.add_dataset("org/unserved", card_listed=True)  # listed, 404 on download
    release = resolve("hf:org/m")
    ds = {d.id: d for d in release.datasets}
    assert ds["org/carded"].card is not None and "## Source data" in ds["org/carded"].card
    assert ds["org/bare"].card == ""
    assert ds["org/unserved"].card is None
    assert any("org/unserved: card not read" in p for p in release.problems)
    assert fake_hub.requests.matching("/datasets/org/carded/resolve/")


def _chain(fake_hub, names, *, loop_to=None):
    for i, name in enumerate(names):
        parent = names[i + 1] if i + 1 < len(names) else loop_to
        front = (
            f"license: apache-2.0\nbase_model: {parent}"
            if parent
            else "license: apache-2.0\ndatasets: [org/data]"
        )
        fake_hub.add_model(model(name, card(front)))


def test_lineage_chain_is_followed(fake_hub):
    _chain(fake_hub, ["org/chat", "org/sft", "org/base"])
    release = resolve("hf:org/chat")
    assert [p.id for p in release.lineage] == ["org/sft", "org/base"]
    assert release.lineage[-1].datasets[0].id == "org/data"
    assert not [p for p in release.problems if p.startswith("lineage:")]
    # lazily: no lineage unless asked
    fake_hub.requests.clear()
    assert resolve("hf:org/chat", lineage_depth=0).lineage == []


def test_lineage_stops_after_five_hops_and_on_cycles(fake_hub):
    names = [f"org/m{i}" for i in range(8)]
    _chain(fake_hub, names)
    release = resolve("hf:org/m0")
    assert len(release.lineage) == 5
    assert any("stopped after 5 hops" in p for p in release.problems)
    _chain(fake_hub, ["org/a", "org/b"], loop_to="org/a")
    release = resolve("hf:org/a")
    assert [p.id for p in release.lineage] == ["org/b"]
    assert any("cycle" in p for p in release.problems)


def test_gated_without_token_reports_public_metadata(fake_hub):
    ref = fake_hub.add_corpus_release("llama-3.1-8b-instruct", gate_files=True)
    release = resolve(ref, lineage_depth=0)
    assert gated_without_access(release)
    assert release.metadata["license"] == "llama3.1"  # from the API's cardData
    assert [d.kind for d in release.documents] == [DocumentKind.GATED_PROMPT]
    assert release.files
    fake_hub.requests.clear()
    assert resolve(ref, lineage_depth=0) == release
    assert fake_hub.requests.count == 0
    fake_hub.set_env(HF_TOKEN=VALID_TOKEN)
    with_token = resolve(ref, lineage_depth=0)
    assert not gated_without_access(with_token)
    assert any(d.kind == DocumentKind.LICENSE for d in with_token.documents)


def test_siblings_without_sizes_use_the_tree_listing(fake_hub):
    fake_hub.add_model(model("org/nosize", card("license: mit"), weights=3, siblings_without_sizes=True))
    release = resolve("hf:org/nosize")
    assert all(f.size for f in release.files)
    assert fake_hub.requests.matching("/tree/")


def test_tree_of_100000_files(fake_hub):
    from tests.servers.fakes import HubFile

    repo = model("org/huge", card("license: mit"))
    for i in range(100_000):
        repo.files[f"shards/part-{i:06d}.bin"] = HubFile(f"shards/part-{i:06d}.bin", None, size=10, lfs=True)
    fake_hub.add_model(repo)
    release = resolve("hf:org/huge")
    assert len(release.files) == 100_002
    fake_hub.requests.clear()
    assert len(resolve("hf:org/huge").files) == 100_002
    assert fake_hub.requests.count == 0


def test_non_card_documents_that_are_not_text_are_skipped(fake_hub):
    fake_hub.add_model(
        model(
            "org/docs",
            card("license: other"),
            extra={
                "LICENSE": b"\xff\xfe bad utf8 \xff",
                "NOTICE": b"\x00\x01\x02binary",
                "USE_POLICY.md": b"Be nice.",
            },
        )
    )
    release = resolve("hf:org/docs")
    assert [d.path for d in release.documents] == ["README.md", "USE_POLICY.md"]
    assert any("LICENSE is not valid UTF-8" in p for p in release.problems)
    assert any("NOTICE is binary" in p for p in release.problems)


def test_markdown_of_the_docs_folder_is_read_and_nothing_deeper(fake_hub):
    """A card may be a table of contents: the Markdown files of the model repository's top-level docs/ folder
    are its documents (round 16); a deeper folder, another extension or another folder is not read."""
    fake_hub.add_model(
        model(
            "org/toc",
            card("license: apache-2.0"),
            extra={
                "docs/data.md": b"# Data\nTrained on org/corpus.",
                "doc/architecture.markdown": b"# Architecture\n24 layers.",
                "docs/img/plot.md": b"deeper",
                "docs/plot.png": b"\x89PNG",
                "notes/training.md": b"elsewhere",
            },
        )
    )
    release = resolve("hf:org/toc")
    kinds = {d.path: d.kind for d in release.documents}
    assert kinds == {
        "README.md": DocumentKind.MODEL_CARD,
        "doc/architecture.markdown": DocumentKind.OTHER,
        "docs/data.md": DocumentKind.OTHER,
    }


def test_no_front_matter_is_a_problem_not_a_fault(fake_hub):
    fake_hub.add_model(model("org/plain", b"# Just markdown\n"))
    release = resolve("hf:org/plain")
    assert release.metadata == {} and any("no YAML front matter" in p for p in release.problems)


def test_revision_is_pinned(fake_hub):
    fake_hub.add_model(model("org/m", card("license: mit")))
    sha = resolve("hf:org/m").revision
    assert resolve(f"hf:org/m@{sha}").revision == sha


def test_merge_follows_the_first_parent_and_says_so(fake_hub):
    fake_hub.add_model(
        model("org/merged", card("license: mit\nbase_model:\n- org/a\n- org/b\nbase_model_relation: merge"))
    )
    fake_hub.add_model(model("org/a", card("license: apache-2.0")))
    release = resolve("hf:org/merged")
    assert release.base_models == ["hf:org/a", "hf:org/b"] and release.base_model_relation == "merge"
    assert [p.id for p in release.lineage] == ["org/a"]
    assert any("a merge" in p for p in release.problems)


def test_a_merge_s_other_parents_are_fetched_each_with_its_chain(fake_hub):
    """Every parent of a merge binds (issue 14), so each is read, not only the first (held-out release
    round 7: a merge's second parent under CC BY-NC 4.0 was never asked for). A parent that cannot be
    read is a problem, not a fault; the other parents' own other parents are not followed."""
    fake_hub.add_model(
        model(
            "org/merged",
            card("license: mit\nbase_model:\n- org/a\n- org/b\n- org/gone\nbase_model_relation: merge"),
        )
    )
    fake_hub.add_model(model("org/a", card("license: apache-2.0")))
    fake_hub.add_model(model("org/b", card("license: cc-by-nc-4.0\nbase_model: org/b-base")))
    fake_hub.add_model(model("org/b-base", card("license: apache-2.0")))
    release = resolve("hf:org/merged")
    assert [p.id for p in release.lineage] == ["org/a"]
    assert [p.id for p in release.other_parents] == ["org/b"]
    assert [p.id for p in release.other_parents[0].lineage] == ["org/b-base"]
    assert any("merge parent hf:org/gone could not be read" in p for p in release.problems)


def test_a_merge_s_other_parent_binds_its_terms(fake_hub):
    """Assessed online, the merge of an Apache and a non-commercial parent is weights-available, not
    undetermined (the second parent examined) nor open-weights (its terms bind). The parents are other
    publishers' (a publisher's own base does not bind it)."""
    from opengauge.assess import assess

    fake_hub.add_model(
        model(
            "merger/merged",
            card("license: apache-2.0\nbase_model:\n- alpha/a\n- beta/b\nbase_model_relation: merge"),
        )
    )
    fake_hub.add_model(model("alpha/a", card("license: apache-2.0")))
    fake_hub.add_model(model("beta/b", card("license: cc-by-nc-4.0")))
    assert assess(resolve("hf:merger/merged")).label == "weights-available"


def test_weights_kept_in_another_repository_of_the_publisher_are_read(fake_hub):
    """A repository that holds no weights and whose card links the publisher's weights repository, named after
    the release (held-out release round 18): that repository's files, gate and licence are read, with one more
    request; another organisation's model the card links is not."""
    body = (
        "# Demo-3B\n\nWeights: [org/Demo-3B-weights](https://huggingface.co/org/Demo-3B-weights). "
        "Compare [other/Demo-3B-x](https://huggingface.co/other/Demo-3B-x).\n"
    )
    readme = card("license: apache-2.0", body)
    fake_hub.add_model(model("org/Demo-3B", readme, extra={"train.py": b"print(1)"}, weights=0))
    fake_hub.add_model(
        model("org/Demo-3B-weights", card("license: apache-2.0"), card_data={"license": "apache-2.0"})
    )
    release = resolve("hf:org/Demo-3B")
    assert release.weights_repo is not None and release.weights_repo.ref == "hf:org/Demo-3B-weights"
    assert any(f.path.endswith(".safetensors") for f in release.weights_repo.files)
    assert release.weights_repo.license == "apache-2.0"
    # a release that holds its own weights asks for no other repository
    fake_hub.add_model(model("org/Demo-3B-solo", readme))
    assert resolve("hf:org/Demo-3B-solo").weights_repo is None
