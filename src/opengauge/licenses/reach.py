"""Whether a licence reaches the models distilled from the model it covers.

Many model licences define their derivatives to include any model trained on the model's outputs or
made by distillation: the RAIL family and its heirs ("Derivatives of the Model" means ... any other
model which is created or initialized by transfer of patterns of the weights, parameters, activations
or output of the Model ... including ... distillation methods"), the Gemma and HAI-DEF terms ("Model
Derivatives" ... "including distillation methods ... or methods based on the generation of synthetic
data Outputs"), the DeepSeek, Yi and NVIDIA AI Foundation licences, and Stability AI's ("any other
model created which is based on or derived from the Model or the Model's output"). The taxonomy of
the shared corpus folds this into `restrictions-flow-down` ("derivatives (incl. models trained on
outputs or distilled) ... must carry the same use restrictions"); which models the licence's terms
reach is a fact of its own, because it decides whether a student model, trained from scratch, is bound
by its teacher's terms (`probes.license`: a distillation teacher whose licence reaches distilled models
binds its student as a base model binds a fine-tune).

`distilled_reach(text)` gives the line and sentence that say so, or None. A sentence that says the
opposite ("a model trained on Outputs is not a Derivative Model") reaches nothing; outputs themselves
left out of the derivatives ("Outputs are not deemed Model Derivatives") say nothing of models trained
on them.
"""

from __future__ import annotations

import re

from opengauge.licenses.normalize import normalized
from opengauge.licenses.sentences import sentence_starts

_DERIVATIVE = (
    r"((derivatives?|modifications?) of the (model|work|materials?)|model derivatives?|"
    r"derivative (models?|works?|materials?)(\(s\))?|derived models?|derivatives?)"
)
#: Which models trained from the model's outputs count: distillation, outputs or synthetic data used to
#: train or initialise another model, patterns of the weights or outputs transferred to one.
_FROM_OUTPUTS = (
    r"(distill\w*|transfer\w*\s+(of\s+)?(the\s+)?(weights?,?\s+|parameters?,?\s+|activations?,?\s+|operations?,?\s+|"
    r"or\s+)*(output|outputs|patterns)|synthetic\s+data|"
    r"(train|trained|fine-?tune|fine-?tuned|initiali[sz]ed|created|developed|made)\b[^.;]{0,80}?\b(on|from|using|with)"
    r"\b[^.;]{0,40}?\b(outputs?|generated|produced)\b|(based\s+on|derived\s+from)\b[^.;]{0,60}?\boutputs?\b)"
)
_REACH = re.compile(
    # a definition of the derivatives that takes in models made from outputs or by distillation
    r"(?:[\"'“”‘’*_][\s\"'“”‘’*_]*)?\b" + _DERIVATIVE + r"[\s\"'“”‘’*_]*(\([^()]{0,60}\)\s*)?"
    r"(?:(means?|shall\s+mean|refers?\s+to|includes?|shall\s+include|is\s+defined\s+as|covers?)\b|:)"
    r"[^.;]{0,700}?\b" + _FROM_OUTPUTS + r"|"
    # a statement that such a model is one of them ("A model distilled from Galleon is a Derivative Model")
    r"\b(models?|students?|networks?)\b[^.;]{0,40}?\b" + _FROM_OUTPUTS + r"\b[^.;]{0,120}?"
    r"\b(is|are|shall\s+be|will\s+be|counts?\s+as|deemed(\s+to\s+be)?|treated\s+as|considered)\s+"
    r"(an?\s+|the\s+)?" + _DERIVATIVE + r"\b",
    re.IGNORECASE,
)
_NOT = re.compile(
    r"\b(not|never|neither|nor)\s+(be\s+)?(deemed|considered|treated\s+as|counted\s+as|an?|include|includes|"
    r"constitute)\b[^.;]{0,20}?\b(derivative|derived)|\b(derivatives?|derivative\s+\w+)\b[^.;]{0,40}?"
    r"\b(do|does|shall|will)\s+not\s+include\b[^.;]{0,60}?\b(models?|distill\w*)\b",
    re.IGNORECASE,
)
#: A full stop inside a sentence, read as another character.
_NOT_A_STOP = "\u2024"
#: Longest text read (a licence's definitions come first).
MAX_CHARS = 200_000


def distilled_reach(text: str) -> tuple[int, str] | None:
    """The line and sentence by which the licence counts models distilled from the model, or trained on its
    outputs, among its derivatives; None when it says no such thing. Sentences are the clause reader's
    (`sentences.sentence_starts` over the cleaned text, whose offsets are the text's)."""
    text = text[:MAX_CHARS]
    clean = normalized(text).clean
    starts = sentence_starts(clean, text)
    for start, end in zip(starts, [*starts[1:], len(clean)], strict=True):
        # a full stop inside a sentence ends nothing ("as recognized by U.S. copyright laws"): read through it
        sentence = clean[start:end].replace(".", _NOT_A_STOP)
        found = _REACH.search(sentence) if sentence.strip() else None
        if found is None or _NOT.search(sentence):
            continue
        # quoted from the words that say it (definitions that end without a full stop run together)
        quote = " ".join(text[start + found.start() : end].split())
        return text.count("\n", 0, start + found.start()) + 1, quote[:400]
    return None
