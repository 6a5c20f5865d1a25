# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 27: cards in Romanian and Ukrainian (their sections, training hardware,
architecture facts, licence sections, and a datasheet only promised, with Russian and Polish beside them where the
same words are plain); a card whose facts are an HTML table in row groups (a first cell spanning rows), its licence
only in a row; the training data listed only in a data-mixture file of the model repository that the card points
to; the training code on a forge opengauge does not read beside a readable repository of inference code; and a
model pruned from another, named as its distillation teacher. Every card, configuration and repository here is made
up."""

from __future__ import annotations

import pytest

from opengauge.model import DatasetRef, Document, DocumentKind, FileEntry, Level, Release
from opengauge.probes import run_probes
from opengauge.probes.context import row_sections
from opengauge.sources import card as card_mod
from opengauge.sources.derivation import stated_base
from tests.probes.helpers import release, repo, weights

_BODY = (
    "This paragraph says enough about the model for the section to count as a real part of the model card."
)


def _card(body: str, front: str = "license: apache-2.0\n") -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"---\n{front}---\n" + body)


def _finding(r: Release, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


def _no_config() -> list[FileEntry]:
    """The weights without a config.json: the card alone documents the architecture."""
    return [f for f in weights() if f.path != "config.json"]


# --- card sections in Romanian and Ukrainian ------------------------------------------------------------------------


def _atx(titles: tuple[str, ...]) -> str:
    return "# Demo-7B\n\n" + "".join(f"## {t}\n\n{_BODY}\n\n" for t in titles)


def _setext(titles: tuple[str, ...]) -> str:
    return "Demo-7B\n=======\n\n" + "".join(f"{t}\n{'-' * len(t)}\n\n{_BODY}\n\n" for t in titles)


def _bold(titles: tuple[str, ...]) -> str:
    return "# Demo-7B\n\n" + "".join(f"**{t}:** {_BODY}\n\n" for t in titles)


# other words than the round's cards used, for the same nine sections
_SECTIONS = {
    "romanian": (
        "Descrierea modelului",
        "Cazuri de utilizare",
        "Riscuri și limitări",
        "Pornire rapidă",
        "Seturi de date",
        "Rezultate",
        "Amprenta de carbon",
        "Arhitectura",
        "Referințe",
    ),
    "romanian-cedilla": (  # the older cedilla letters ş and ţ, as many keyboards still type them
        "Informaţii despre model",
        "Utilizări prevăzute",
        "Limitări şi prejudecăţi",
        "Cum se foloseşte",
        "Procedura de antrenare",
        "Evaluare",
        "Impactul asupra mediului",
        "Specificaţii tehnice",
        "Cum să citaţi",
    ),
    "ukrainian": (
        "Опис моделі",
        "Сценарії використання",
        "Ризики та обмеження",
        "Швидкий старт",
        "Датасети",
        "Результати",
        "Енергоспоживання",
        "Архітектура",
        "Як цитувати",
    ),
}


@pytest.mark.parametrize("style", [_atx, _setext, _bold], ids=["atx", "setext", "bold-label"])
@pytest.mark.parametrize("language", sorted(_SECTIONS))
def test_a_card_in_romanian_or_ukrainian_has_its_sections(language: str, style) -> None:
    f = _finding(release(documents=[_card(style(_SECTIONS[language]))]), "model-card")
    assert f.level is Level.OPEN, (language, f.reason)


@pytest.mark.parametrize(
    "titles",
    [
        ("Licență", "Mulțumiri", "Contact", "Istoricul versiunilor"),
        ("Ліцензія", "Подяки", "Контакти", "Історія версій"),
    ],
)
def test_titles_that_name_no_standard_section_stay_none(titles: tuple[str, ...]) -> None:
    f = _finding(release(documents=[_card(_atx(titles))]), "model-card")
    assert f.level is Level.CLOSED, (titles, f.reason)


# --- the training hardware and the architecture in Romanian, Ukrainian and Russian ----------------------------------

_ARCH = (
    "## Architecture\n\nDecoder-only transformer: 32 layers, hidden size 4096, 32 attention heads, RoPE.\n\n"
)


@pytest.mark.parametrize(
    "section",
    [
        "## Note\n\nModelul a fost antrenat pe 64 de GPU-uri H100 timp de zece zile.\n",
        "## Примітки\n\nМодель навчено на 32 GPU A100 за шість днів.\n",
        "## Примечания\n\nМодель обучена на 64 GPU H100 за девять дней.\n",
        "## Підсумок\n\nБлизько 12 000 GPU-годин на картах H100.\n",
        "## Итоги\n\nОколо 12 000 GPU-часов на картах H100.\n",
        "## Обладнання\n\n128 × H100 80 ГБ, 14 днів.\n",
        "## Resurse de calcul\n\n32 H100, patru noduri.\n",
        "## Деталі\n\n- **Апаратне забезпечення:** 256 × H100 80 ГБ, 21 день\n",
    ],
)
def test_the_training_hardware_is_read_in_the_card_s_language(section: str) -> None:
    f = _finding(release(documents=[_card("# Demo-7B\n\n" + _ARCH + section)]), "architecture-hardware")
    assert f.data["hardware"], (section, f.reason)


@pytest.mark.parametrize(
    "section",
    [
        "## Cum se folosește\n\nPentru inferență este suficient un GPU A100.\n",
        "## Ajustare fină\n\nAjustarea LoRA durează două ore pe un A100.\n",
        "## Як користуватися моделлю\n\nДля інференсу достатньо однієї GPU A100.\n",
        "## Донавчання\n\nДонавчання LoRA триває дві години на одній A100.\n",
        "## Дообучение\n\nДообучение LoRA занимает два часа на одной A100.\n",
    ],
)
def test_gpus_named_for_running_or_tuning_the_model_are_not_the_training_setup(section: str) -> None:
    f = _finding(release(documents=[_card("# Demo-7B\n\n" + _ARCH + section)]), "architecture-hardware")
    assert not f.data["hardware"], (section, f.reason)


@pytest.mark.parametrize(
    "line",
    [
        "Un transformer doar-decodor cu 24 de straturi și dimensiunea ascunsă 2048.",
        "Трансформер лише з декодером: 24 шари, 16 голів уваги.",
        "Transformer (decoder-only): 24 слоя, размер скрытого слоя 2048, длина контекста 4096.",
    ],
)
def test_the_architecture_s_facts_are_read_in_the_card_s_language(line: str) -> None:
    body = f"# Demo-7B\n\n## Detalii\n\n{line}\n"
    f = _finding(release(documents=[_card(body)], files=_no_config()), "architecture-hardware")
    assert f.data["architecture"], (line, f.reason)


@pytest.mark.parametrize(
    "line",
    [
        "Un model de limbaj bazat pe arhitectura transformer.",
        "Мовна модель на основі трансформера (transformer).",
    ],
)
def test_a_type_alone_is_no_architecture_in_those_languages_either(line: str) -> None:
    body = f"# Demo-7B\n\n## Detalii\n\n{line}\n"
    f = _finding(release(documents=[_card(body)], files=_no_config()), "architecture-hardware")
    assert not f.data["architecture"], (line, f.reason)


# --- licence sections in Romanian and Ukrainian ----------------------------------------------------------------------

_RO = "# Demo-7B\n\nDemo-7B este un model de limbaj românesc pe care îl publicăm pentru cercetători și dezvoltatori.\n\n"
_UK = "# Demo-7B\n\nDemo-7B — українська мовна модель, яку ми публікуємо для дослідників і розробників.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        _RO
        + "## Licență\n\nPonderile sunt publicate sub Apache 2.0, dar numai pentru cercetare necomercială; utilizarea comercială necesită un acord separat cu noi.\n",
        _UK
        + "## Ліцензія\n\nApache 2.0, лише для досліджень і не для комерційного використання без нашого письмового дозволу.\n",
    ],
)
def test_a_licence_section_that_says_more_in_an_unread_language_leaves_the_terms_undecided(body: str) -> None:
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.UNKNOWN and "does not read" in f.reason, f.reason


@pytest.mark.parametrize(
    "body",
    [
        _RO + "## Licență\n\nApache 2.0.\n",
        _UK + "## Ліцензія\n\nВаги й код поширюються за ліцензією Apache 2.0.\n",
        _RO + "## Licenţă\n\n- Ponderi: Apache 2.0\n- Cod: MIT\n- Date: ODC-By\n",
    ],
)
def test_a_licence_section_that_only_names_licences_stays_silent(body: str) -> None:
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.OPEN, f.reason


# --- a datasheet only promised, in Ukrainian, Russian, Romanian and Polish ------------------------------------------


def _data_card(sentence: str) -> Release:
    body = f"# Demo-7B\n\n## Training data\n\n1.6T tokens of web pages and books we collected ourselves. {sentence}\n"
    return release(documents=[_card(body)])


@pytest.mark.parametrize(
    "sentence",
    [
        "Корпус і його datasheet ми опублікуємо восени.",
        "Datasheet корпусу буде опубліковано найближчим часом.",
        "Корпус и datasheet будут опубликованы в ближайшее время.",
        "Corpusul și datasheet-ul vor fi publicate în curând.",
        "Korpus wraz z datasheet zostanie opublikowany wkrótce.",
    ],
)
def test_a_datasheet_only_promised_is_none(sentence: str) -> None:
    f = _finding(_data_card(sentence), "data-documentation")
    assert not f.data["datasheet"] and f.level is Level.CLOSED, (sentence, f.reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "Картка корпусу — це datasheet за схемою Gebru et al.",
        "Карточка корпуса — это datasheet по схеме Gebru et al.",
        "Fișa corpusului este un datasheet după Gebru et al.",
    ],
)
def test_a_datasheet_that_is_there_still_counts(sentence: str) -> None:
    f = _finding(_data_card(sentence), "data-documentation")
    assert f.data["datasheet"] and f.level is not Level.CLOSED, (sentence, f.reason)


# --- a card whose facts are an HTML table in row groups ---------------------------------------------------------------

_GROUPED = """<table>
  <tr><th rowspan="2">Model details</th><th>Developer</th><td>Demo Lab, a research group that trains small open language models</td></tr>
  <tr><th>Architecture</th><td>Decoder-only transformer, 24 layers, hidden size 2048, 16 attention heads</td></tr>
  <tr><th rowspan="3">Training</th><th>Data</th><td><a href="https://huggingface.co/datasets/demo/corpus">demo/corpus</a>, the complete training data</td></tr>
  <tr><th>Code</th><td><a href="https://github.com/demo/train">demo/train</a></td></tr>
  <tr><th>Hardware</th><td>64 NVIDIA H100 GPUs for 9 days</td></tr>
  <tr><td rowspan="3"><b>Use</b></td><td><b>Intended use</b></td><td>Research and fine-tuning for English tasks</td></tr>
  <tr><td><b>Limitations</b></td><td>It can produce false or biased text</td></tr>
  <tr><td><b>Emissions</b></td><td>About 13,800 H100 GPU hours; we estimate 4.1 tCO2eq (location-based method)</td></tr>
  <tr><th rowspan="2">Evaluation</th><th>Arc-Demo (0-shot)</th><td>51.2</td></tr>
  <tr><th>Hella-Demo (0-shot)</th><td>70.4</td></tr>
  <tr><th rowspan="2">Legal</th><th>Licence</th><td>{licence}</td></tr>
  <tr><th>Citation</th><td><code>@misc{{demo2026, title={{Demo-7B}}}}</code></td></tr>
</table>

## Quick start

```python
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("demo/Demo-7B")
```
"""


def test_a_first_cell_spanning_rows_heads_a_group_and_leaves_its_row_a_label_and_value() -> None:
    doc = _card(_GROUPED.format(licence="Apache License 2.0"))
    titles = [s.title for s in row_sections(doc)]
    # the groups and every row's own label, the first row of each group too
    for t in (
        "Model details",
        "Developer",
        "Training",
        "Data",
        "Use",
        "Intended use",
        "Evaluation",
        "Legal",
        "Licence",
    ):
        assert t in titles, (t, titles)
    training = next(s for s in row_sections(doc) if s.title == "Training")
    assert "Data:" in training.body and "Hardware:" in training.body and "Intended use" not in training.body


def test_a_value_spanning_rows_is_no_group() -> None:
    table = (
        '<table>\n<tr><th>Data</th><td rowspan="2">demo/corpus and demo/books</td></tr>\n'
        "<tr><th>Tokens</th></tr>\n</table>\n"
    )
    titles = [s.title for s in row_sections(_card(table))]
    assert "Data" in titles and not any("demo/corpus" in t for t in titles), titles


def test_a_card_in_row_groups_has_its_standard_sections() -> None:
    f = _finding(release(documents=[_card(_GROUPED.format(licence="Apache License 2.0"))]), "model-card")
    assert f.level is Level.OPEN, f.reason


@pytest.mark.parametrize(
    "body",
    [
        _GROUPED.format(
            licence="Apache License 2.0 (weights and code); the datasets keep their own licences"
        ),
        # a Markdown table of fields, its licence row beside rows about data
        "# Demo-7B\n\n| Field | Value |\n|---|---|\n| Training data | two public datasets, the complete training data |\n"
        "| License | MIT (weights and code); the datasets keep their own licences |\n",
    ],
    ids=["html-groups", "markdown-fields"],
)
def test_a_licence_row_of_the_card_s_table_states_the_model_s_licence(body: str) -> None:
    r = release(documents=[_card(body, front="language: en\n")], metadata={"language": "en"})
    f = _finding(r, "weights-license")
    assert f.level is Level.OPEN, f.reason


def test_a_licence_row_in_a_data_section_is_a_source_s_terms() -> None:
    body = (
        "# Demo-7B\n\n## Training data\n\n| Dataset | demo/corpus |\n|---|---|\n"
        "| License | CC BY-NC 4.0 (non-commercial use only) |\n\n## Citation\n\n" + _BODY + "\n"
    )
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.OPEN, f.reason


def test_a_restrictive_licence_row_binds() -> None:
    body = _GROUPED.format(licence="Apache License 2.0, for non-commercial research use only")
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is not Level.OPEN, f.reason


# --- the training data listed only in a data-mixture file the card points to ------------------------------------------


def _config(path: str, text: str) -> Document:
    return Document(kind=DocumentKind.CONFIG, path=path, text=text)


_MIXES = {
    "configs/data_mix.yaml": "tokenizer: demo/Demo-1B\nsources:\n  - name: web\n    dataset: demo/web\n    weight: 0.7\n  - name: code\n    dataset: demo/code\n    weight: 0.3\n",
    "recipes/sft.yaml": "model_name_or_path: demo/Demo-1B-Base\ndataset_mixer:\n  demo/web: 0.7\n  demo/code: 0.3\nlearning_rate: 2.0e-5\n",
    "axolotl.yml": "base_model: demo/Demo-1B-Base\ndatasets:\n  - path: demo/web\n    type: completion\n  - path: demo/code\n    type: completion\n    data_files: data/code-shard-0.jsonl\n",
    "train/nanotron.yaml": "data_stages:\n  - name: stable\n    data:\n      dataset:\n        hf_dataset_or_datasets:\n          demo/web: 0.7\n          demo/code: 0.3\n",
    "mix.json": '{"train_datasets": ["hf://datasets/demo/web", "https://huggingface.co/datasets/demo/code"], "tokenizer": "demo/Demo-1B"}',
    "mix.toml": '[[data.sources]]\ndataset = "demo/web"\nweight = 0.7\n\n[[data.sources]]\ndataset = "demo/code"\nweight = 0.3\n',
}

_DATASETS = [
    DatasetRef(id="demo/web", url="https://huggingface.co/datasets/demo/web", license="odc-by", exists=True),
    DatasetRef(
        id="demo/code", url="https://huggingface.co/datasets/demo/code", license="odc-by", exists=True
    ),
]


@pytest.mark.parametrize("path", sorted(_MIXES))
def test_a_configuration_names_its_datasets_whatever_its_shape(path: str) -> None:
    assert card_mod.config_datasets([_config(path, _MIXES[path])]) == ["demo/web", "demo/code"]


@pytest.mark.parametrize(
    "text",
    [
        "model: demo/Demo-1B\ntokenizer: demo/Demo-1B\nbase_model: demo/Base\n",  # models, not datasets
        "datasets:\n  - path: data/train.jsonl\n  - path: ./local/mix\n  - path: /mnt/corpus\n",  # local files
        "dataset_text_field: text\ndataset_num_proc: 8\n",  # a dataset's settings, no dataset
        "a: &x [1, 2]\nb: *x\n",  # an alias, refused
        "not: [valid",
    ],
)
def test_what_names_no_hub_dataset_gives_none(text: str) -> None:
    assert card_mod.config_datasets([_config("configs/x.yaml", text)]) == []


def _mix_release(section: str, path: str = "configs/data_mix.yaml") -> Release:
    card = f"# Demo-1B\n\nA small base model.\n\n{section.format(path=path)}\n\n## Citation\n\n{_BODY}\n"
    return release(
        documents=[_card(card), _config(path, _MIXES["configs/data_mix.yaml"])],
        linked_datasets=_DATASETS,
    )


@pytest.mark.parametrize(
    "section",
    [
        "## Training data\n\nThe complete pre-training data is the mixture in [`{path}`]({path}) of this repository.",
        "## Pre-training\n\nWe trained on exactly the sources listed in `{path}`, with their weights.",
        "## Details\n\nDemo-1B was trained on the data mixture defined in {path}.",
    ],
)
def test_the_datasets_of_a_configuration_the_card_gives_as_its_data_are_the_training_data(
    section: str,
) -> None:
    f = _finding(_mix_release(section), "training-data")
    assert f.level is Level.OPEN and "demo/web" in f.reason and "demo/code" in f.reason, f.reason


@pytest.mark.parametrize(
    "section",
    [
        "## How to use\n\nTo evaluate it, run `python eval.py --config {path}`.",
        "## Serving\n\nThe server reads its settings from {path}.",
    ],
)
def test_a_configuration_the_card_names_for_something_else_lists_no_training_data(section: str) -> None:
    f = _finding(_mix_release(section), "training-data")
    assert "demo/web" not in f.reason and f.level is not Level.OPEN, f.reason


# --- training code on a forge opengauge does not read, beside a readable inference repository -----------------------

_INFERENCE = repo(
    "demo/demo-serve", ["README.md", "demo_serve/server.py", "demo_serve/generate.py", "Dockerfile"]
)


def _forge_release(url: str) -> Release:
    body = f"# Demo-7B\n\nA base model.\n\n## Training\n\nThe training code is at {url}; serving code at https://github.com/demo/demo-serve.\n"
    return release(
        documents=[_card(body)],
        code_repos=[_INFERENCE],
        links=[url, "https://github.com/demo/demo-serve"],
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://gitlab.com/demo/research/demo-train",  # a GitLab subgroup
        "https://gitlab.com/demo/demo-train/-/tree/main/pretrain",
        "https://codeberg.org/demo/demo-train",
        "https://gitlab.demo-lab.eu/ml/demo-7b-train",  # a self-hosted GitLab, named after the model
        "https://bitbucket.org/demo/demo-train/src/main/",
    ],
)
def test_training_code_on_an_unread_forge_is_unknown_beside_a_readable_inference_repository(url: str) -> None:
    r = _forge_release(url)
    for probe in ("training-code", "data-processing-code"):
        f = _finding(r, probe)
        assert f.level is Level.UNKNOWN and "does not read" in f.reason, (probe, f.reason)


def test_the_unread_repository_keeps_its_subgroup_path() -> None:
    f = _finding(
        _forge_release("https://gitlab.com/demo/research/demo-train/-/blob/main/README.md"), "training-code"
    )
    assert "https://gitlab.com/demo/research/demo-train " in f.reason, f.reason


@pytest.mark.parametrize(
    "links",
    [
        ["https://github.com/demo/demo-serve"],  # nothing elsewhere: the inference repository is all
        ["https://github.com/demo/demo-serve", "https://gitlab.com/someone/tokenizers"],  # another's library
    ],
)
def test_without_the_publisher_s_repository_elsewhere_absence_stays_closed(links: list[str]) -> None:
    body = "# Demo-7B\n\nA base model. Serving code at https://github.com/demo/demo-serve.\n"
    r = release(documents=[_card(body)], code_repos=[_INFERENCE], links=links)
    assert _finding(r, "training-code").level is Level.CLOSED


# --- a model pruned from another, its teacher --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "It is obtained by pruning Llama-3.1-8B; specifically, we prune the MLP.",
            "hf:meta-llama/Llama-3.1-8B",
        ),
        ("Demo-4B was pruned and distilled from meta-llama/Llama-3.1-8B.", "hf:meta-llama/Llama-3.1-8B"),
        (
            "We pruned [demo/Teacher-8B](https://huggingface.co/demo/Teacher-8B) in depth, then distilled it.",
            "hf:demo/Teacher-8B",
        ),
        (
            "The student is the result of pruning the demo/Teacher-8B model to half its width.",
            "hf:demo/Teacher-8B",
        ),
        ("Pruned from demo/Teacher-8B and trained further on 90B tokens.", "hf:demo/Teacher-8B"),
    ],
)
def test_a_model_pruned_from_another_is_derived_from_it(text: str, base: str) -> None:
    found = stated_base(f"# Demo-4B\n\n{text}\n", "demo/Demo-4B")
    assert found is not None and found.ref == base, found


@pytest.mark.parametrize(
    "text",
    [
        "Demo-4B is small thanks to pruning and knowledge distillation.",
        "We pruned 20% of the layers before training.",
        "Data pruning removes near-duplicate documents; we pruned tokens of low quality.",
        "Demo-4B was distilled from meta-llama/Llama-3.1-8B, trained from random initialisation.",  # a teacher only
        "Unlike models pruned from Llama, Demo-4B was trained from scratch.",
    ],
)
def test_pruning_words_without_a_pruned_model_state_no_base(text: str) -> None:
    assert stated_base(f"# Demo-4B\n\n{text}\n", "demo/Demo-4B") is None


def test_the_pruned_base_binds_the_release() -> None:
    body = (
        "# Demo-4B\n\nWe pruned [meta-llama/Llama-3.1-8B](https://huggingface.co/meta-llama/Llama-3.1-8B) in width "
        "and distilled the pruned network with the unpruned model as the teacher.\n\n## License\n\nApache 2.0.\n"
    )
    from opengauge.assess import assess
    from opengauge.index.lineage import IndexLineage
    from opengauge.sources.card import card_facts

    facts = card_facts({"license": "apache-2.0"}, [body], [], own_id="demo/Demo-4B")
    assert facts.base_models == ["hf:meta-llama/Llama-3.1-8B"], facts.base_models
    r = release(documents=[_card(body)], base_models=facts.base_models, files=weights())
    a = assess(r, lineage=IndexLineage())
    assert a.label.value == "weights-available", a.label
