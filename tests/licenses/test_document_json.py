"""The `opengauge.license/1` document is built as a plain dict (`document_json.license_json`);
`LicenseDocument` is its schema: every document built validates into the model and dumps back to
the very same dict, key for key and in the same order."""

from __future__ import annotations

import json
from typing import Any

import pytest

from opengauge.licenses.document import LicenseDocument, license_document
from opengauge.licenses.document_json import license_json
from opengauge.licenses.report import analyze
from opengauge.licenses.tree import notice_document
from opengauge.model import LicenseVerdict


def _same_through_the_model(doc: dict[str, Any]) -> None:
    back = LicenseDocument.model_validate(doc).model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert json.dumps(back) == json.dumps(doc)


def test_every_corpus_document_is_its_model_dump(license_corpus) -> None:
    paths = sorted(license_corpus.glob("*.txt"))
    assert len(paths) >= 60
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = analyze(text, document=path.name).to_json()
        _same_through_the_model(doc)
        _same_through_the_model(notice_document(doc, text))


GRANT = "Permission is hereby granted to use and copy this software. All other rights are reserved.\n"
APACHE_PLUS = (
    "Apache License\nVersion 2.0, January 2004\n\n"
    "Licensed under the Apache License, Version 2.0 (the License); you may not use this file except "
    "in compliance with the License.\n\nYou may not use the Work for any military purpose.\n"
)


@pytest.mark.parametrize(
    ("text", "policies", "key"),
    [
        (GRANT, (), "freedoms"),
        ("You may not use the Model for com\u200bmercial purposes.\n", (), "disguised"),
        (GRANT, [("USE_POLICY.md", "You shall not use the Model to harm minors.\n")], "policies"),
        (APACHE_PLUS, (), "clauses"),
    ],
)
def test_readings_with_freedoms_disguise_and_policies_are_their_model_dump(
    text: str, policies: Any, key: str
) -> None:
    doc = analyze(text, document="LICENSE", policies=policies).to_json()
    assert doc[key]
    _same_through_the_model(doc)


def test_a_modified_license_and_a_known_id_are_their_model_dump() -> None:
    modified = license_json(
        verdict=LicenseVerdict.RESTRICTED,
        document="LICENSE",
        name="based on X, with changes",
        family="x",
        confidence=1,
        based_on="x",
        changes=analyze("You may not use the Model for military purposes.\n").clauses,
    )
    assert modified["license"]["confidence"] == 1.0 and modified["changes"]
    _same_through_the_model(modified)
    assert (
        license_document(verdict=LicenseVerdict.UNKNOWN, document=None).summary
        == LicenseVerdict.UNKNOWN.words
    )
    _same_through_the_model(license_json(verdict=LicenseVerdict.OSI_OPEN, document=None, license_id="mit"))


def test_the_document_has_no_key_the_model_lacks() -> None:
    with pytest.raises(ValueError):
        LicenseDocument.model_validate(
            {**license_json(verdict=LicenseVerdict.UNKNOWN, document=None), "x": 1}
        )
