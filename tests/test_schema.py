"""The contract's hard invariants hold in code, whatever produced the summary."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summariser.schema import Summary
from tests.conftest import provenance, span

TEXT = "Minister Petrova urged the Union to send monitors. She condemned the shelling of Esk."


def summary_data(**over) -> dict:
    data = {
        "document": {"id": "d1", "date": "2024-05-03", "genre": "readout", "issuing_party": "p2", "language": "en"},
        "overview": "Petrova urged monitors.",
        "parties": [
            {"id": "p1", "name": "Ana Petrova", "kind": "person", "affiliation": "p2", "aliases": ["Minister Petrova"]},
            {"id": "p2", "name": "Lirania", "kind": "state"},
            {"id": "p3", "name": "Regional Union", "kind": "international_org", "aliases": ["the Union"]},
        ],
        "positions": [{"id": "pos1", "holder": "p1", "stance": "Condemns the shelling of Esk",
                       "evidence": [span(TEXT, "condemned the shelling of Esk").model_dump()]}],
        "requests": [{"id": "req1", "requester": "p1", "addressee": "p3", "action": "Send monitors",
                      "force": "call", "evidence": [span(TEXT, "urged the Union to send monitors").model_dump()]}],
        "contested_claims": [],
        "provenance": provenance(),
    }
    data.update(over)
    return data


def test_valid_summary_round_trips_through_json():
    s = Summary.model_validate(summary_data(), context={"text": TEXT})
    again = Summary.model_validate_json(s.model_dump_json())
    assert again == s
    assert json.loads(s.model_dump_json())["schema_version"] == "1.0"


def test_dangling_party_id_is_rejected():
    data = summary_data()
    data["positions"][0]["holder"] = "p9"
    with pytest.raises(ValidationError, match="unknown party 'p9'"):
        Summary.model_validate(data)


def test_duplicate_party_ids_are_rejected():
    data = summary_data()
    data["parties"][2]["id"] = "p1"
    with pytest.raises(ValidationError, match="party ids are not unique"):
        Summary.model_validate(data)


def test_quote_must_equal_text_at_offsets():
    data = summary_data()
    data["positions"][0]["evidence"][0]["start"] += 1
    data["positions"][0]["evidence"][0]["end"] += 1
    with pytest.raises(ValidationError, match="quote is not the text"):
        Summary.model_validate(data, context={"text": TEXT})


def test_offsets_must_span_the_quote_length_even_without_text():
    data = summary_data()
    data["positions"][0]["evidence"][0]["end"] += 3
    with pytest.raises(ValidationError, match="span"):
        Summary.model_validate(data)


def test_paraphrase_over_30_words_is_rejected():
    data = summary_data()
    data["positions"][0]["stance"] = " ".join(["word"] * 31)
    with pytest.raises(ValidationError, match="31 words"):
        Summary.model_validate(data)


def test_every_item_needs_evidence():
    data = summary_data()
    data["requests"][0]["evidence"] = []
    with pytest.raises(ValidationError):
        Summary.model_validate(data)


def test_unknown_kind_force_and_date_forms_are_rejected():
    for path, value in [(("parties", 0, "kind"), "celebrity"), (("requests", 0, "force"), "beg"),
                        (("document", "date"), "3 May 2024")]:
        data = summary_data()
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(ValidationError):
            Summary.model_validate(data)


def test_check_grounded_against_other_text_fails():
    s = Summary.model_validate(summary_data(), context={"text": TEXT})
    s.check_grounded(TEXT)
    with pytest.raises(ValidationError):
        s.check_grounded(TEXT.replace("Esk", "Esz"))
