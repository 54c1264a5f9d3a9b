"""The scorer's arithmetic (SPEC section 3), pinned on tiny hand-made cases, and gold vs gold."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.eval.scorer import aggregate, f1_per_document, match_parties, score_document
from summariser.eval.stats import paired_bootstrap

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "evals" / "gold").glob("*.gold.json"))
LISTS = ("positions", "requests", "contested_claims")

TEXT = (
    "Ruritania demands that Freedonia withdraw its troops from the border. "
    "Freedonia denies that its army shelled the village of Oda. "
    "Ruritania says Freedonian artillery shelled the village of Oda. "
    "President Rex Albers supports new talks in Geneva."
)


def ev(quote: str) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def gold() -> dict[str, Any]:
    return {
        "schema_version": "1.0",
        "document": {"id": "t", "genre": "news_report"},
        "parties": [
            {"id": "p1", "name": "Ruritania", "kind": "state", "aliases": ["Ruritanian government"]},
            {"id": "p2", "name": "Freedonia", "kind": "state", "aliases": ["Freedonian artillery"]},
            {"id": "p3", "name": "Rex Albers", "kind": "person", "title": "President", "affiliation": "p1",
             "aliases": ["President Rex Albers"]},
        ],
        "positions": [
            {"id": "pos1", "holder": "p3", "stance": "Supports new talks", "evidence": [ev("supports new talks")]},
            {"id": "pos2", "holder": "p2", "stance": "Denies the shelling",
             "evidence": [ev("Freedonia denies that its army shelled the village of Oda")]},
        ],
        "requests": [
            {"id": "req1", "requester": "p1", "addressee": "p2", "action": "Withdraw troops", "force": "demand",
             "evidence": [ev("demands that Freedonia withdraw its troops from the border")]},
        ],
        "contested_claims": [
            {"id": "cc1", "claim": "Freedonian artillery shelled Oda", "asserted_by": "p1", "disputed_by": ["p2"],
             "status": "denied", "evidence": [ev("Freedonian artillery shelled the village of Oda")]},
        ],
    }


def perfect() -> dict[str, Any]:
    """A schema-valid prediction equal to gold up to ids (party ids a/b/c) and span lengths."""
    return {
        "schema_version": "1.0",
        "document": {"id": "t", "genre": "news_report", "language": "en"},
        "overview": "Ruritania and Freedonia trade charges.",
        "parties": [
            {"id": "a", "name": "Ruritania", "kind": "state", "aliases": []},
            {"id": "b", "name": "Freedonia", "kind": "state", "aliases": []},
            {"id": "c", "name": "Rex Albers", "kind": "person", "affiliation": "a", "aliases": []},
        ],
        "positions": [
            {"id": "x1", "holder": "c", "stance": "Backs talks", "evidence": [ev("supports new talks in Geneva")]},
            {"id": "x2", "holder": "b", "stance": "Denies shelling", "evidence": [ev("Freedonia denies")]},
        ],
        "requests": [
            {"id": "x3", "requester": "a", "addressee": "b", "action": "Withdraw troops", "force": "demand",
             "evidence": [ev("withdraw its troops")]},
        ],
        "contested_claims": [
            {"id": "x4", "claim": "Freedonia shelled Oda", "asserted_by": "a", "disputed_by": ["b"],
             "status": "denied", "evidence": [ev("shelled the village of Oda. President")]},
        ],
        "provenance": {"model": "m", "backend": "test", "prompt_version": "v1", "prompt_sha256": "0" * 64,
                       "input_sha256": "1" * 64, "created_at": "2026-01-01T00:00:00Z", "attempts": 1,
                       "prompt_tokens": 1, "completion_tokens": 1, "latency_s": 0.1},
    }


def f1s(score: dict[str, Any]) -> dict[str, float]:
    return f1_per_document(score)


def test_perfect_match() -> None:
    score = score_document(gold(), perfect(), TEXT)
    assert f1s(score) == {"positions": 1.0, "requests": 1.0, "contested_claims": 1.0, "micro": 1.0, "parties": 1.0}
    assert score["micro"] == {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    attrs = score["attributes"]
    assert [attrs[k]["accuracy"] for k in ("addressee", "force", "status")] == [1.0, 1.0, 1.0]
    assert attrs["disputed_by"]["f1"] == 1.0
    assert score["role_swaps"] == {"count": 0, "predicted_items": 4, "rate": 0.0}
    integ = score["integrity"]
    assert (integ["schema_valid"], integ["grounded_rate"], integ["dangling_ids"], integ["overlong_paraphrases"]) == (
        1, 1.0, 0, 0)
    assert score["schema_errors"] == []
    json.dumps(score)


def test_missing_item_drops_recall_exactly() -> None:
    pred = perfect()
    del pred["positions"][1]
    score = score_document(gold(), pred, TEXT)
    pos = score["positions"]
    assert (pos["tp"], pos["fp"], pos["fn"]) == (1, 0, 1)
    assert pos["precision"] == 1.0 and pos["recall"] == 0.5 and pos["f1"] == pytest.approx(2 / 3)
    assert score["micro"]["recall"] == 0.75 and score["micro"]["f1"] == pytest.approx(6 / 7)
    assert score["requests"]["f1"] == 1.0 and score["contested_claims"]["f1"] == 1.0


def test_wrong_side_is_no_match_and_a_role_swap() -> None:
    pred = perfect()
    pred["contested_claims"][0]["asserted_by"] = "b"  # Freedonia charged with its own accusation
    pred["contested_claims"][0]["disputed_by"] = ["a"]
    score = score_document(gold(), pred, TEXT)
    cc = score["contested_claims"]
    assert (cc["tp"], cc["fp"], cc["fn"], cc["f1"]) == (0, 1, 1, 0.0)
    assert cc["role_swaps"] == 1
    assert score["role_swaps"] == {"count": 1, "predicted_items": 4, "rate": 0.25}
    assert score["attributes"]["status"]["total"] == 0  # attributes only on matched items


def test_unmatched_duplicate_of_right_side_item_is_not_a_swap() -> None:
    pred = perfect()
    pred["requests"].append({**pred["requests"][0], "id": "x5"})
    score = score_document(gold(), pred, TEXT)
    assert (score["requests"]["tp"], score["requests"]["fp"], score["requests"]["role_swaps"]) == (1, 1, 0)


def test_person_for_state_and_state_for_person_count_as_same_side() -> None:
    pred = perfect()
    pred["requests"][0]["requester"] = "c"  # Rex Albers (acts for Ruritania) where gold says Ruritania
    pred["positions"][0]["holder"] = "a"  # Ruritania where gold says Rex Albers
    pred["requests"][0]["addressee"] = "b"
    score = score_document(gold(), pred, TEXT)
    assert score["micro"]["f1"] == 1.0 and score["role_swaps"]["count"] == 0


def test_predicted_affiliation_links_count_but_siblings_do_not() -> None:
    g, pred = gold(), perfect()
    g["parties"] = g["parties"][:2]  # gold knows only the two states
    g["positions"][0]["holder"] = "p1"
    # A spokesperson gold does not list; the prediction itself says she acts for Ruritania.
    pred["parties"].append({"id": "d", "name": "Lia Varn", "kind": "person", "affiliation": "a", "aliases": []})
    pred["requests"][0]["requester"] = "d"
    assert score_document(g, pred, TEXT)["requests"]["tp"] == 1
    # Two people of one state are not each other: gold Rex Albers, predicted Lia Varn (also Ruritania).
    pred = perfect()
    pred["parties"].append({"id": "d", "name": "Lia Varn", "kind": "person", "affiliation": "a", "aliases": []})
    pred["positions"][0]["holder"] = "d"
    score = score_document(gold(), pred, TEXT)
    assert (score["positions"]["tp"], score["positions"]["role_swaps"]) == (1, 1)


def test_ungrounded_quote_is_flagged_by_integrity() -> None:
    pred = perfect()
    span = pred["positions"][0]["evidence"][0]
    span["quote"] = "X" * (span["end"] - span["start"])  # right length, wrong text
    score = score_document(gold(), pred, TEXT)
    integ = score["integrity"]
    assert (integ["spans"], integ["grounded"], integ["ungrounded"]) == (4, 3, 1)
    assert integ["grounded_rate"] == 0.75
    assert integ["schema_valid"] == 0 and integ["schema_invalid"] == 1
    assert any("quote is not the text" in e for e in score["schema_errors"])
    assert score["positions"]["tp"] == 2  # matching uses the offsets; integrity reports the lie


def test_optional_gold_item_neither_rewarded_nor_penalised() -> None:
    g = gold()
    g["positions"].append({"id": "pos3", "holder": "p1", "stance": "Says Freedonia shelled Oda", "optional": True,
                           "evidence": [ev("Ruritania says")]})
    g["parties"].append({"id": "p4", "name": "Oda villagers", "kind": "population", "optional": True})
    without = score_document(g, perfect(), TEXT)
    pred = perfect()
    pred["positions"].append({"id": "x6", "holder": "a", "stance": "Blames Freedonia",
                              "evidence": [ev("Ruritania says Freedonian")]})
    pred["parties"].append({"id": "e", "name": "Oda Villagers", "kind": "population", "aliases": []})
    with_it = score_document(g, pred, TEXT)
    for score in (without, with_it):
        assert (score["positions"]["tp"], score["positions"]["fp"], score["positions"]["fn"]) == (2, 0, 0)
        assert (score["parties"]["tp"], score["parties"]["fp"], score["parties"]["fn"]) == (3, 0, 0)
        assert score["micro"]["f1"] == 1.0
    assert with_it["role_swaps"]["predicted_items"] == 4


def test_party_alias_and_punctuation_matching() -> None:
    golds = [{"name": "United States", "aliases": ["U.S.", "Washington"]}, {"name": "Kim Yo-jong", "aliases": []}]
    preds = [{"name": "Kim Yo Jong"}, {"name": "US", "aliases": []}, {"name": "Washington"}]
    assert sorted(match_parties(golds, preds)) == [(0, 1), (1, 0)]  # one-to-one: Washington is left over


def test_party_jaccard_matching_and_best_first() -> None:
    golds = [{"name": "Freedonia Armed Forces"}, {"name": "Freedonia Navy"}]
    preds = [{"name": "Armed Forces of Freedonia"}, {"name": "Freedonia Army"}]
    assert match_parties(golds, preds) == [(0, 0)]  # 3/4 >= 0.6 matches; 1/3 does not
    golds = [{"name": "Freedonia Army"}]
    preds = [{"name": "Freedonia Army Command"}, {"name": "Freedonia Army"}]  # 2/3 Jaccard vs exact
    assert match_parties(golds, preds) == [(1, 0)]
    score = score_document({"parties": [{"id": "p1", "name": "Freedonia Army", "kind": "state"}]},
                           {"parties": [{"id": "a", "name": "Army of Freedonia", "kind": "state"}]}, "")
    assert (score["parties"]["tp"], score["parties"]["f1"]) == (1, 1.0)


def test_schema_invalid_prediction_is_scored_as_far_as_possible() -> None:
    pred = perfect()
    del pred["provenance"]
    pred["positions"][0]["stance"] = "word " * 31
    pred["positions"][1]["holder"] = "zz"  # dangling
    pred["requests"][0]["evidence"] = [{"quote": "withdraw", "start": "9", "end": None}, "junk"]
    pred["contested_claims"][0]["disputed_by"] = "b"  # not a list
    pred["parties"].append("not a party")
    score = score_document(gold(), pred, TEXT)
    json.dumps(score)
    integ = score["integrity"]
    assert (integ["schema_valid"], integ["dangling_ids"], integ["overlong_paraphrases"]) == (0, 1, 1)
    assert (integ["spans"], integ["grounded"]) == (4, 3)
    assert score["positions"]["tp"] == 1 and score["requests"]["tp"] == 0 and score["contested_claims"]["tp"] == 1
    assert score["schema_errors"]
    for junk in (None, [], "text", {"parties": "x", "positions": [1, None], "document": []}):
        assert score_document(gold(), junk, TEXT)["micro"]["f1"] == 0.0  # type: ignore[arg-type]


jsonish = st.recursive(st.none() | st.booleans() | st.integers(-5, 400) | st.text(max_size=5),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                                   max_size=3), max_leaves=8)


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(["holder", "evidence", "disputed_by", "addressee", "stance", "id"]), value=jsonish,
       party_field=st.sampled_from(["id", "name", "aliases", "affiliation"]), party_value=jsonish)
def test_any_malformed_prediction_never_crashes(field: str, value: Any, party_field: str, party_value: Any) -> None:
    pred = perfect()
    for name in LISTS:
        pred[name][0][field] = value
    pred["parties"][0][party_field] = party_value
    json.dumps(score_document(gold(), pred, TEXT))


def test_aggregate_sums_counts_before_dividing() -> None:
    missing = perfect()
    del missing["positions"][1]
    docs = [score_document(gold(), perfect(), TEXT), score_document(gold(), missing, TEXT)]
    total = aggregate(docs)
    assert (total["positions"]["tp"], total["positions"]["fn"]) == (3, 1)
    assert total["positions"]["recall"] == 0.75
    assert total["micro"]["tp"] == 7 and total["micro"]["recall"] == 7 / 8
    assert total["integrity"]["documents"] == 2 and total["integrity"]["schema_valid_rate"] == 1.0
    assert total["attributes"]["force"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert total["role_swaps"]["predicted_items"] == 7
    assert aggregate([])["micro"]["f1"] == 1.0
    json.dumps(total)


def test_bootstrap_identical_lists_give_zero_width_interval_at_zero() -> None:
    scores = [0.2, 0.5, 0.9, 1.0, 0.0]
    assert paired_bootstrap(scores, list(scores)) == (0.0, 0.0, 0.0)


def test_bootstrap_uniform_drop_is_strictly_below_zero() -> None:
    base = [0.3, 0.6, 0.8, 0.5, 0.9, 0.4]
    mean, lo, hi = paired_bootstrap(base, [b - 0.1 for b in base], resamples=500, seed=3)
    assert mean == pytest.approx(-0.1) and lo <= mean <= hi < 0


def test_bootstrap_is_paired_and_deterministic() -> None:
    base = [0.1, 0.9, 0.4, 0.7, 0.2]
    now = [0.2, 0.8, 0.6, 0.7, 0.1]
    assert paired_bootstrap(base, now, seed=7) == paired_bootstrap(base, now, seed=7)
    mean, lo, hi = paired_bootstrap(base, now)
    assert lo <= mean <= hi
    with pytest.raises(ValueError):
        paired_bootstrap([0.1], [0.1, 0.2])


@pytest.mark.parametrize("path", GOLD, ids=[p.name.removesuffix(".gold.json") for p in GOLD])
def test_gold_scored_against_itself_is_perfect(path: Path) -> None:
    g = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / "evals" / "docs" / path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    score = score_document(g, copy.deepcopy(g), text)
    assert f1s(score) == {"positions": 1.0, "requests": 1.0, "contested_claims": 1.0, "micro": 1.0, "parties": 1.0}
    assert score["role_swaps"]["count"] == 0 and score["integrity"]["grounded_rate"] == 1.0
    for name in ("addressee", "force", "status"):
        assert score["attributes"][name]["accuracy"] in (1.0, None)
