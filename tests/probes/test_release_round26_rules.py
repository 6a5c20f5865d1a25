# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 26: cards in Finnish, Swedish and Greek, and in the languages nearest them where
the same words are plain (Danish, Norwegian, Czech): their sections, their training hardware and their licence
sections; the model repository's own training and data-processing code, notebooks read by what their code does; and a
paper peer reviewed only at a workshop. Every card and notebook here is made up."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.model import Document, DocumentKind, FileEntry, Level, Release
from opengauge.probes import run_probes
from opengauge.probes.vocabulary import vocabulary
from tests.probes.helpers import release, repo, weights

_BODY = (
    "This paragraph says enough about the model for the section to count as a real part of the model card."
)


def _card(body: str, front: str = "license: apache-2.0\n") -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"---\n{front}---\n" + body)


def _finding(r: Release, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


# --- card sections in Finnish, Swedish, Greek, Danish, Norwegian and Czech ---------------------------------------------


def _atx(titles: tuple[str, ...]) -> str:
    return "# Demo-7B\n\n" + "".join(f"## {t}\n\n{_BODY}\n\n" for t in titles)


def _setext(titles: tuple[str, ...]) -> str:
    return "Demo-7B\n=======\n\n" + "".join(f"{t}\n{'-' * len(t)}\n\n{_BODY}\n\n" for t in titles)


def _bold(titles: tuple[str, ...]) -> str:
    return "# Demo-7B\n\n" + "".join(f"**{t}:** {_BODY}\n\n" for t in titles)


# other words than the round's cards used, for the same nine sections
_SECTIONS = {
    "finnish": (
        "Mallin kuvaus",
        "Aiottu käyttö",
        "Riskit ja rajoitukset",
        "Pika-aloitus",
        "Esikoulutus",
        "Tulokset",
        "Hiilijalanjälki",
        "Arkkitehtuuri",
        "Lähdeviite",
    ),
    "swedish": (
        "Om modellen",
        "Användningsområden",
        "Risker och begränsningar",
        "Kom igång",
        "Förträning",
        "Resultat",
        "Koldioxidavtryck",
        "Tekniska specifikationer",
        "Referenser",
    ),
    "greek": (
        "ΠΕΡΙΓΡΑΦΗ ΜΟΝΤΕΛΟΥ",  # capitals drop the accents
        "Εφαρμογές",
        "Κίνδυνοι και προκαταλήψεις",
        "Γρήγορη εκκίνηση",
        "Προεκπαίδευση",
        "Αποτελέσματα",
        "Ενεργειακή κατανάλωση",
        "Αρχιτεκτονική",
        "Βιβλιογραφία",
    ),
    "danish": (
        "Modelbeskrivelse",
        "Tilsigtet brug",
        "Begrænsninger",
        "Sådan bruger du modellen",
        "Træningsdata",
        "Evaluering",
        "Miljøpåvirkning",
        "Arkitektur",
        "Henvisning",
    ),
    "norwegian": (
        "Modellbeskrivelse",
        "Tiltenkt bruk",
        "Begrensninger",
        "Slik bruker du modellen",
        "Treningsdata",
        "Ytelse",
        "Utslipp",
        "Maskinvare",
        "Sitering",
    ),
    "czech": (
        "Popis modelu",
        "Zamýšlené použití",
        "Omezení a rizika",
        "Rychlý start",
        "Trénovací data",
        "Výsledky",
        "Uhlíková stopa",
        "Technické specifikace",
        "Citace",
    ),
}


@pytest.mark.parametrize("style", [_atx, _setext, _bold], ids=["atx", "setext", "bold-label"])
@pytest.mark.parametrize("language", sorted(_SECTIONS))
def test_a_card_in_another_language_has_its_sections(language: str, style) -> None:
    f = _finding(release(documents=[_card(style(_SECTIONS[language]))]), "model-card")
    assert f.level is Level.OPEN, (language, f.reason)


@pytest.mark.parametrize(
    "titles",
    [
        ("Lisenssi", "Kiitokset", "Yhteystiedot", "Versiohistoria"),
        ("Licens", "Tack", "Kontakt", "Ändringslogg"),
        (
            "Άδεια χρήσης",
            "Ευχαριστίες",
            "Επικοινωνία",
            "Ιστορικό εκδόσεων",
        ),  # "χρήσης" (of use) is no uses section
        ("Licence", "Poděkování", "Kontakt", "Historie verzí"),
    ],
)
def test_titles_that_name_no_standard_section_stay_none(titles: tuple[str, ...]) -> None:
    f = _finding(release(documents=[_card(_atx(titles))]), "model-card")
    assert f.level is Level.CLOSED, (titles, f.reason)


@pytest.mark.parametrize(
    "title",
    ["Koulutusdata", "Träningsdata", "Træningsdata", "Datasett", "Trénovací data", "Δεδομένα εκπαίδευσης"],
)
def test_the_data_heading_is_read_in_those_languages(title: str) -> None:
    assert vocabulary("data").pattern("data-heading").search(title), title


@pytest.mark.parametrize("line", ["| `datasetType` | `text` |", "## Evaluation", "## Model details"])
def test_words_that_are_no_data_heading_stay_none(line: str) -> None:
    # `datasett` is a Norwegian word, not the start of `datasetType`
    assert not vocabulary("data").pattern("data-heading").search(line), line


# --- the training hardware in those languages -----------------------------------------------------------------------

_ARCH = "## Arkkitehtuuri\n\nDecoder-only-transformer: 32 kerrosta (layers), piilokoko 4096, 32 huomiopäätä, RoPE.\n\n"


@pytest.mark.parametrize(
    "section",
    [
        "## Huomioita\n\nMalli koulutettiin 64 H100-näytönohjaimella kymmenessä päivässä.\n",
        "## Anmärkningar\n\nModellen tränades på 32 A100-kort i sex dagar.\n",
        "## Σημειώσεις\n\nΤο μοντέλο εκπαιδεύτηκε σε 16 GPU A100 για πέντε ημέρες.\n",
        "## Noter\n\nModellen er trænet på 64 H100 i ni dage.\n",
        "## Merknader\n\nModellen ble trent på 64 H100 i ni dager.\n",
        "## Poznámky\n\nModel byl natrénován na 64 GPU H100 během devíti dnů.\n",
        "## Yhteenveto\n\nNoin 12 000 GPU-tuntia H100-korteilla.\n",
        "## Laitteisto\n\n128 × H100 80 Gt, 14 päivää.\n",
        "## Maskinvare\n\n32 H100, fire noder.\n",
        "## Detaljer\n\n- **Hårdvara:** 256 × H100 80 GB, 21 dagar\n",
        "| Ιδιότητα | Τιμή |\n|---|---|\n| Υλικό | 64 H100 |\n",
    ],
)
def test_the_training_hardware_is_read_in_the_card_s_language(section: str) -> None:
    f = _finding(release(documents=[_card("# Demo-7B\n\n" + _ARCH + section)]), "architecture-hardware")
    assert f.data["hardware"], (section, f.reason)


@pytest.mark.parametrize(
    "section",
    [
        "## Käyttöohje\n\nPäättelyyn riittää yksi A100-näytönohjain.\n",
        "## Hienosäätö\n\nLoRA-hienosäätö vie kaksi tuntia yhdellä A100-kortilla.\n",
        "## Så använder du modellen\n\nFör inferens räcker ett A100-kort.\n",
        "## Finjustering\n\nLoRA-finjustering tar två timmar på ett A100-kort.\n",
        "## Πώς να χρησιμοποιήσετε το μοντέλο\n\nΓια συμπερασμό αρκεί μία GPU A100.\n",
        "## Doladění\n\nDoladění LoRA trvá dvě hodiny na jedné A100.\n",
    ],
)
def test_gpus_named_for_running_or_tuning_the_model_are_not_the_training_setup(section: str) -> None:
    f = _finding(release(documents=[_card("# Demo-7B\n\n" + _ARCH + section)]), "architecture-hardware")
    assert not f.data["hardware"], (section, f.reason)


# --- licence sections in those languages ----------------------------------------------------------------------------

_FI_CARD = "# Demo-7B\n\nDemo-7B on suomenkielinen kielimalli, jonka julkaisemme tutkijoiden ja kehittäjien käyttöön.\n\n"
_EL_CARD = "# Demo-7B\n\nΤο Demo-7B είναι ένα ελληνικό γλωσσικό μοντέλο που δημοσιεύουμε για ερευνητές και προγραμματιστές.\n\n"
_NO_CARD = (
    "# Demo-7B\n\nDemo-7B er en norsk språkmodell som vi gjør tilgjengelig for forskere og utviklere.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        _FI_CARD
        + "## Lisenssi\n\nMallin painot julkaistaan Apache 2.0 -lisenssillä, mutta vain ei-kaupalliseen tutkimuskäyttöön; kaupallinen käyttö vaatii erillisen sopimuksen.\n",
        _EL_CARD
        + "## Άδεια χρήσης\n\nApache 2.0, μόνο για ερευνητική χρήση και όχι για εμπορικούς σκοπούς χωρίς τη γραπτή μας άδεια.\n",
        _NO_CARD
        + "## Lisens\n\nVektene er lisensiert under MIT, men modellen kan ikke brukes i kommersielle produkter uten vår tillatelse.\n",
    ],
)
def test_a_licence_section_that_says_more_in_an_unread_language_leaves_the_terms_undecided(body: str) -> None:
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.UNKNOWN and "does not read" in f.reason, f.reason


@pytest.mark.parametrize(
    "body",
    [
        _FI_CARD + "## Lisenssi\n\nApache 2.0.\n",
        _EL_CARD + "## Άδεια χρήσης\n\nApache 2.0.\n",
        _NO_CARD + "## Lisens\n\n- Vekter: Apache 2.0\n- Kode: MIT\n- Data: ODC-By\n",
        _FI_CARD
        + "## Lisenssi\n\nMallin painot ja koodi julkaistaan Apache 2.0 -lisenssillä; aineistojen lisenssit ovat ODC-By 1.0 ja CC BY-SA 4.0.\n",
    ],
)
def test_a_licence_section_that_only_names_licences_stays_silent(body: str) -> None:
    f = _finding(release(documents=[_card(body)]), "weights-license")
    assert f.level is Level.OPEN, f.reason


# --- the model repository's own training code: notebooks read by what their code does ----------------------------------

_PLAIN_CARD = (
    "# Demo-7B\n\nA base model trained from scratch. The recipe is in the notebooks of this repository.\n"
)

_PRETRAIN_NB = """from transformers import AutoConfig, AutoModelForCausalLM, Trainer, TrainingArguments
config = AutoConfig.from_pretrained('configs/demo-7b.json')
model = AutoModelForCausalLM.from_config(config)
args = TrainingArguments(output_dir='out', learning_rate=3e-4, bf16=True)
trainer = Trainer(model=model, args=args, train_dataset=tokenized)
trainer.train()"""

_LOOP_NB = """import torch
model = DemoLM(n_layers=32, d_model=4096)
opt = torch.optim.AdamW(model.parameters(), lr=3e-4)
for batch in loader:
    loss = model(**batch).loss
    loss.backward()
    opt.step()
    opt.zero_grad()"""

_SFT_NB = """from trl import SFTConfig, SFTTrainer
config = SFTConfig(output_dir='out', num_train_epochs=3)
trainer = SFTTrainer(model='demo/Demo-7B-Base', args=config, train_dataset=data)
trainer.train()
trainer.push_to_hub('demo/Demo-7B')"""

_CLI_NB = """!pip install -q trl
!trl sft --model_name_or_path demo/Demo-7B-Base --dataset_name demo/chats --output_dir out"""

_INFERENCE_NB = """from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained('demo/Demo-7B')
model = AutoModelForCausalLM.from_pretrained('demo/Demo-7B')
model.eval()
print(tok.decode(model.generate(**tok('Hello', return_tensors='pt'), max_new_tokens=20)[0]))"""

_EVAL_NB = """import re, json
from demo_eval import run
results = run('demo/Demo-7B', tasks=['arc', 'hellaswag'])
answers = [re.sub(r'\\s+', ' ', a).strip() for a in results.answers]
results.to_json('results.json')"""

# switches the model to training mode and runs a forward pass, but never updates a weight
_MODE_ONLY_NB = """model = AutoModelForCausalLM.from_pretrained('demo/Demo-7B')
model.train()
out = model(**batch)
print(out.loss)"""

# a tutorial that tunes the released model itself on the reader's own data
_TUTORIAL_NB = """from trl import SFTTrainer
trainer = SFTTrainer(model='demo/Demo-7B', train_dataset=load_dataset('json', data_files='your_data.jsonl')['train'])
trainer.train()"""

_DATA_NB = """import json
from datasets import Dataset
from datasketch import MinHash, MinHashLSH
rows = [json.loads(l) for l in open('export.jsonl')]
rows = [r for r in rows if len(r['text']) > 200]
kept = dedup_minhash(rows, threshold=0.8)
Dataset.from_list(kept).push_to_hub('demo/demo-corpus')"""


def _with_notebooks(*books: tuple[str, str], card: str = _PLAIN_CARD, **kw) -> Release:
    docs = [_card(card)] + [Document(kind=DocumentKind.NOTEBOOK, path=p, text=t) for p, t in books]
    files = weights() + [FileEntry(path=p, size=len(t)) for p, t in books]
    return release(documents=docs, files=files, **kw)


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("notebooks/pretrain.ipynb", _PRETRAIN_NB),
        ("run.ipynb", _LOOP_NB),  # a name that says nothing: the code decides
        ("notebooks/02_step.ipynb", _PRETRAIN_NB),
    ],
)
def test_a_notebook_that_trains_the_model_is_training_code(path: str, code: str) -> None:
    f = _finding(_with_notebooks((path, code)), "training-code")
    assert f.level is Level.OPEN and f.data["in_model_repo"], f.reason
    assert path in f.reason and any(
        e.quote and (".train(" in e.quote or ".step(" in e.quote) for e in f.evidence
    )


@pytest.mark.parametrize(
    ("path", "code"),
    [("notebooks/02_sft.ipynb", _SFT_NB), ("notebooks/tune.ipynb", _CLI_NB)],
)
def test_a_notebook_that_only_fine_tunes_is_tuning_code(path: str, code: str) -> None:
    # no base whose training code is published: the code that pre-trained the model is missing
    f = _finding(_with_notebooks((path, code)), "training-code")
    assert f.level is Level.PARTIAL and f.data["finetune_only"], f.reason


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("notebooks/inference.ipynb", _INFERENCE_NB),
        ("notebooks/finetune_demo.ipynb", _INFERENCE_NB),  # named for tuning, but it only runs the model
        ("notebooks/03_evaluate.ipynb", _EVAL_NB),
        ("notebooks/train_mode.ipynb", _MODE_ONLY_NB),
        ("notebooks/finetune_on_your_data.ipynb", _TUTORIAL_NB),  # tunes the released model for its users
    ],
)
def test_a_notebook_that_does_not_train_the_model_is_no_training_code(path: str, code: str) -> None:
    f = _finding(_with_notebooks((path, code)), "training-code")
    assert f.level is Level.CLOSED, (path, f.reason)


def test_a_training_script_in_the_model_repository_counts_as_a_notebook_does() -> None:
    files = weights() + [FileEntry(path="train.py", size=4000), FileEntry(path="prepare_data.py", size=2000)]
    r = release(documents=[_card(_PLAIN_CARD)], files=files)
    assert _finding(r, "training-code").level is Level.OPEN
    assert _finding(r, "data-processing-code").level is Level.OPEN
    lora = release(
        documents=[_card(_PLAIN_CARD)], files=weights() + [FileEntry(path="train_lora.py", size=4000)]
    )
    assert _finding(lora, "training-code").level is Level.PARTIAL


def test_the_model_repository_s_training_code_counts_beside_a_linked_inference_repository() -> None:
    inference = repo("demo/demo-inference", ["README.md", "demo/generate.py", "demo/model.py"])
    r = _with_notebooks(("notebooks/pretrain.ipynb", _PRETRAIN_NB), code_repos=[inference])
    assert _finding(r, "training-code").level is Level.OPEN
    none = _with_notebooks(("notebooks/inference.ipynb", _INFERENCE_NB), code_repos=[inference])
    assert _finding(none, "training-code").level is Level.CLOSED


def _base(open_code: bool) -> Release:
    linked = (
        [repo("demo/base-train", ["README.md", "train.py", "data/dedup.py", "configs/base.yaml"])]
        if open_code
        else []
    )
    return Release(
        ref="hf:demo/Demo-7B-Base",
        source="hub",
        id="demo/Demo-7B-Base",
        revision="c" * 40,
        url="https://huggingface.co/demo/Demo-7B-Base",
        metadata={"license": "apache-2.0"},
        documents=[_card("# Demo-7B-Base\n\nA base model.\n\n## Training\n\n" + _BODY + "\n")],
        files=weights(),
        code_repos=linked,
    )


@pytest.mark.parametrize(("open_base", "level"), [(True, Level.OPEN), (False, Level.PARTIAL)])
def test_a_tune_s_notebook_over_a_base_is_weighed_with_the_base_s_code(open_base: bool, level: Level) -> None:
    tune = _with_notebooks(
        ("notebooks/01_prepare_data.ipynb", _DATA_NB),
        ("notebooks/02_sft.ipynb", _SFT_NB),
        metadata={"license": "apache-2.0", "base_model": "demo/Demo-7B-Base"},
        base_models=["hf:demo/Demo-7B-Base"],
        lineage=[_base(open_base)],
    )
    f = next(x for x in assess(tune).findings if x.probe == "training-code")
    assert f.level is level, f.reason


@pytest.mark.parametrize("path", ["notebooks/01_step.ipynb", "build.ipynb"])
def test_a_notebook_that_curates_and_writes_a_dataset_is_data_processing_code(path: str) -> None:
    f = _finding(_with_notebooks((path, _DATA_NB)), "data-processing-code")
    assert f.level is Level.OPEN and path in f.reason, f.reason


@pytest.mark.parametrize("code", [_EVAL_NB, _INFERENCE_NB, _PRETRAIN_NB])
def test_a_notebook_that_writes_no_dataset_is_no_data_processing_code(code: str) -> None:
    f = _finding(_with_notebooks(("notebooks/analysis.ipynb", code)), "data-processing-code")
    assert f.level is Level.CLOSED, f.reason


# --- a paper peer reviewed only at a workshop ------------------------------------------------------------------------

_PAPER_CARD = "# Demo-7B\n\nDemo-7B is a base model.\n\n## Citation\n\n```bibtex\n{entry}\n```\n"


def _paper(body: str) -> Level:
    return _finding(release(documents=[_card(body)]), "peer-reviewed-paper").level


@pytest.mark.parametrize(
    "entry",
    [
        "@inproceedings{demo2026,\n  title = {Demo-7B: filtering web text},\n  booktitle = {Proceedings of the Second Workshop on Efficient Language Models},\n  year = {2026}\n}",
        "@inproceedings{demo2026,\n  title = {Demo-7B},\n  booktitle = {NeurIPS 2025 Workshop on Data-Centric Machine Learning},\n  year = {2025}\n}",
        "@inproceedings{demo2026,\n  title = {Demo-7B},\n  booktitle = {ICLR 2026 Workshop on Foundation Models in the Wild (poster)},\n  year = {2026}\n}",
    ],
)
def test_a_paper_cited_at_a_workshop_only_is_partial(entry: str) -> None:
    assert _paper(_PAPER_CARD.format(entry=entry)) is Level.PARTIAL


def test_a_workshop_paper_said_in_prose_is_partial() -> None:
    body = "# Demo-7B\n\nDemo-7B is a base model.\n\n- Our paper on Demo-7B was a poster at the ES-FoMo workshop at ICML 2025.\n"
    assert _paper(body) is Level.PARTIAL


@pytest.mark.parametrize(
    "entry",
    [
        # a main conference, a Findings volume, a journal: open as before
        "@inproceedings{demo2026,\n  title = {Demo-7B},\n  booktitle = {Proceedings of the 64th Annual Meeting of the Association for Computational Linguistics},\n  year = {2026}\n}",
        "@inproceedings{demo2026,\n  title = {Demo-7B},\n  booktitle = {Findings of the Association for Computational Linguistics: ACL 2026},\n  year = {2026}\n}",
        # an author that calls itself a workshop is no venue
        "@inproceedings{demo2026,\n  title = {Demo-7B},\n  author = {BigScience Workshop},\n  booktitle = {Proceedings of ACL 2026},\n  year = {2026}\n}",
        # a workshop paper beside a conference paper: the conference paper decides
        "@inproceedings{demo2026ws,\n  title = {Demo-7B data},\n  booktitle = {Proceedings of the First Workshop on Web Data},\n  year = {2026}\n}\n\n"
        "@inproceedings{demo2026,\n  title = {Demo-7B},\n  booktitle = {Proceedings of EMNLP 2026},\n  year = {2026}\n}",
    ],
)
def test_a_paper_at_a_conference_stays_open(entry: str) -> None:
    assert _paper(_PAPER_CARD.format(entry=entry)) is Level.OPEN
