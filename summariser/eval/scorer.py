"""Score a predicted summary against gold, exactly as SPEC section 3 says.

`score_document(gold, predicted, text)` gives one document's counts (plus rates derived from
them); `aggregate(doc_scores)` sums the counts over documents, then derives P/R/F1 from the sums;
`f1_per_document` gives one document's F1s for the paired bootstrap. The prediction is read as a
raw dict, so a schema-invalid summary is still scored as far as it goes; nothing here raises.

Decisions where SPEC section 3 leaves room (each pinned by tests/test_scorer.py):
- Names are compared case-folded with every Unicode punctuation character deleted and all
  whitespace ignored ("U.S." == "US", "Kim Yo-jong" == "Kim Yo Jong"). Jaccard uses the
  whitespace tokens of the same normalisation, names only (not aliases), threshold >= 0.6.
- "Best match first": name == name beats any other name/alias equality, which beats Jaccard
  (highest first); ties go to the earlier predicted, then the earlier gold party.
- Item overlap is the number of characters shared by the union of the predicted spans and the
  union of the gold spans (offsets as given: a span whose quote is not the text there still
  counts for matching, and is flagged by integrity). Ties on overlap prefer a role that maps
  directly over one that is only on the same side, then the earlier item.
- Empty denominators: P (or R) is 1.0 when nothing was predicted (or nothing was gold), so an
  empty list against an empty gold list has F1 1.0 and a missed list has F1 0.0.
- Attributes, like the item counts, are scored on matched non-optional gold items only.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from summariser.schema import ITEM_LISTS, MAX_PARAPHRASE_WORDS, Summary

KEY_ROLE = {"positions": "holder", "requests": "requester", "contested_claims": "asserted_by"}
PARAPHRASE = {"positions": "stance", "requests": "action", "contested_claims": "claim"}
JACCARD_MIN = 0.6
Span = tuple[int, int]


def _dicts(container: Any, key: str) -> list[dict[str, Any]]:
    value = container.get(key) if isinstance(container, dict) else None
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _ref(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _spans(item: dict[str, Any], text: str | None = None) -> list[Span]:
    """Evidence offsets of an item, merged; with `text`, a span without offsets is located by quote."""
    found: list[Span] = []
    for ev in _dicts(item, "evidence"):
        start, end, quote = ev.get("start"), ev.get("end"), ev.get("quote")
        if text is not None and not (_is_int(start) and _is_int(end)) and isinstance(quote, str) and quote:
            start = text.find(quote)
            end = start + len(quote) if start >= 0 else None
        if _is_int(start) and _is_int(end) and 0 <= start < end:
            found.append((start, end))
    merged: list[Span] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _norm(name: Any) -> str:
    if not isinstance(name, str):
        return ""
    kept = "".join(ch for ch in name.casefold() if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.split())


def _keys(party: dict[str, Any]) -> set[str]:
    aliases = party.get("aliases")
    names = [party.get("name"), *(aliases if isinstance(aliases, list) else [])]
    return {key for key in (_norm(n).replace(" ", "") for n in names) if key}


def _party_score(pred: dict[str, Any], gold: dict[str, Any]) -> float:
    pred_name, gold_name = _norm(pred.get("name")), _norm(gold.get("name"))
    if pred_name and pred_name.replace(" ", "") == gold_name.replace(" ", ""):
        return 3.0
    if _keys(pred) & _keys(gold):
        return 2.0
    a, b = set(pred_name.split()), set(gold_name.split())
    jaccard = len(a & b) / len(a | b) if a and b else 0.0
    return jaccard if jaccard >= JACCARD_MIN else 0.0


def _greedy(candidates: list[tuple[Any, ...]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred, gold) from candidates sorted best first; the last two fields are indices."""
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for *_, pi, gi in sorted(candidates):
        if pi not in used_pred and gi not in used_gold:
            used_pred.add(pi)
            used_gold.add(gi)
            pairs.append((pi, gi))
    return pairs


def match_parties(gold_parties: list[dict[str, Any]], pred_parties: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one party matching, best score first: pairs of (pred index, gold index)."""
    candidates = []
    for pi, pred in enumerate(pred_parties):
        for gi, gold in enumerate(gold_parties):
            score = _party_score(pred, gold)
            if score:
                candidates.append((-score, pi, gi))
    return _greedy(candidates)


class Sides:
    """Role resolution (SPEC 3.2): does a predicted party id stand for a gold party id?

    `level` is 2 when the predicted party maps to the gold party itself, 1 when it is on the
    same side through one affiliation link, 0 otherwise. The links are the gold affiliations
    (the predicted party maps to the gold party's affiliation, or to a party affiliated to it)
    and, our choice, the prediction's own affiliations too: a predicted person whose predicted
    affiliation maps to the gold party, or a predicted state one of whose predicted members
    maps to the gold party, is on the gold party's side. Only one link is ever followed, so
    two people of one state never count as each other.
    """

    def __init__(self, gold: dict[str, Any], pred: dict[str, Any], pairs: list[tuple[int, int]]) -> None:
        gold_parties, pred_parties = _dicts(gold, "parties"), _dicts(pred, "parties")
        self.gold_aff = {p.get("id"): _ref(p.get("affiliation")) for p in gold_parties}
        self.pred_aff: dict[str, str | None] = {}
        for p in pred_parties:
            if _ref(p.get("id")) is not None:
                self.pred_aff.setdefault(p["id"], _ref(p.get("affiliation")))
        self.to_gold: dict[str, str] = {}
        for pi, gi in pairs:
            pid, gid = _ref(pred_parties[pi].get("id")), _ref(gold_parties[gi].get("id"))
            if pid is not None and gid is not None:
                self.to_gold.setdefault(pid, gid)

    def level(self, pred_ref: Any, gold_ref: Any) -> int:
        pred_ref, gold_ref = _ref(pred_ref), _ref(gold_ref)
        if pred_ref is None or gold_ref is None:
            return 0
        mapped = self.to_gold.get(pred_ref)
        if mapped == gold_ref:
            return 2
        if mapped is not None and (mapped == self.gold_aff.get(gold_ref) or self.gold_aff.get(mapped) == gold_ref):
            return 1
        up = self.pred_aff.get(pred_ref)
        if up is not None and self.to_gold.get(up) == gold_ref:
            return 1
        members = (p for p, aff in self.pred_aff.items() if aff == pred_ref)
        return 1 if any(self.to_gold.get(p) == gold_ref for p in members) else 0


def _score_list(
    name: str, gold: dict[str, Any], pred: dict[str, Any], text: str, sides: Sides, attrs: dict[str, Any]
) -> dict[str, int]:
    key = KEY_ROLE[name]
    gold_items, pred_items = _dicts(gold, name), _dicts(pred, name)
    gold_spans = [_spans(g, text) for g in gold_items]
    pred_spans = [_spans(p) for p in pred_items]
    candidates = []
    for pi, pred_item in enumerate(pred_items):
        for gi, gold_item in enumerate(gold_items):
            shared = _overlap(pred_spans[pi], gold_spans[gi])
            level = sides.level(pred_item.get(key), gold_item.get(key)) if shared else 0
            if level:
                candidates.append((-shared, -level, pi, gi))
    pairs = _greedy(candidates)
    optional = [bool(g.get("optional")) for g in gold_items]
    counted = [(pi, gi) for pi, gi in pairs if not optional[gi]]
    matched_pred, matched_gold = {pi for pi, _ in pairs}, {gi for _, gi in pairs}
    swaps = 0
    for pi, pred_item in enumerate(pred_items):
        if pi in matched_pred:
            continue
        touched = [gi for gi in range(len(gold_items)) if _overlap(pred_spans[pi], gold_spans[gi])]
        levels = [sides.level(pred_item.get(key), gold_items[gi].get(key)) for gi in touched]
        # A swap: it lies on a gold item but only ever with the key role on the wrong side
        # (an unmatched duplicate of a right-side item is a plain false positive).
        if not any(levels) and any(not optional[gi] for gi in touched):
            swaps += 1
    for pi, gi in counted:
        _score_attributes(name, pred_items[pi], gold_items[gi], sides, attrs)
    return {
        "tp": len(counted),
        "fp": len(pred_items) - len(pairs),
        "fn": sum(1 for gi in range(len(gold_items)) if gi not in matched_gold and not optional[gi]),
        "predicted": len(pred_items) - (len(pairs) - len(counted)),
        "role_swaps": swaps,
    }


def _tally(attrs: dict[str, Any], name: str, correct: bool) -> None:
    attrs[name]["total"] += 1
    attrs[name]["correct"] += int(correct)


def _score_attributes(
    name: str, pred: dict[str, Any], gold: dict[str, Any], sides: Sides, attrs: dict[str, Any]
) -> None:
    if name == "requests":
        want, got = gold.get("addressee"), pred.get("addressee")
        _tally(attrs, "addressee", (want is None and got is None) or sides.level(got, want) > 0)
        _tally(attrs, "force", pred.get("force") == gold.get("force"))
    elif name == "contested_claims":
        _tally(attrs, "status", pred.get("status") == gold.get("status"))
        want_all = [r for r in gold.get("disputed_by") or [] if isinstance(r, str)]
        got_all = pred.get("disputed_by") if isinstance(pred.get("disputed_by"), list) else []
        pairs = _greedy([(-sides.level(g, w), pi, wi) for pi, g in enumerate(got_all)
                         for wi, w in enumerate(want_all) if sides.level(g, w)])
        counts = attrs["disputed_by"]
        counts["tp"] += len(pairs)
        counts["fp"] += len(got_all) - len(pairs)
        counts["fn"] += len(want_all) - len(pairs)


def _integrity(pred: dict[str, Any], text: str) -> tuple[dict[str, int], list[str]]:
    errors: list[str] = []
    try:
        Summary.model_validate(pred, context={"text": text})
    except Exception as err:  # pydantic's ValidationError, or anything odd in the raw dict
        listing = err.errors() if callable(getattr(err, "errors", None)) else []
        errors = [f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in listing][:20]
        errors = errors or [f"{type(err).__name__}: {err}"]
    spans = grounded = overlong = 0
    party_ids = [p.get("id") for p in _dicts(pred, "parties")]
    known = {i for i in party_ids if isinstance(i, str)}
    document = pred.get("document")
    refs: list[Any] = [document.get("issuing_party") if isinstance(document, dict) else None]
    refs += [p.get("affiliation") for p in _dicts(pred, "parties")]
    item_ids = []
    for name in ITEM_LISTS:
        for item in _dicts(pred, name):
            item_ids.append(item.get("id"))
            refs.append(item.get(KEY_ROLE[name]))
            refs.append(item.get("addressee"))
            refs += item.get("disputed_by") if isinstance(item.get("disputed_by"), list) else []
            words = item.get(PARAPHRASE[name])
            overlong += int(isinstance(words, str) and len(words.split()) > MAX_PARAPHRASE_WORDS)
            for ev in _dicts(item, "evidence"):
                spans += 1
                start, end, quote = ev.get("start"), ev.get("end"), ev.get("quote")
                grounded += int(
                    _is_int(start) and _is_int(end) and isinstance(quote, str) and bool(quote)
                    and 0 <= start <= end <= len(text) and text[start:end] == quote
                )
    dangling = sum(1 for r in refs if r is not None and (not isinstance(r, str) or r not in known))
    duplicates = len(party_ids) - len(set(map(repr, party_ids))) + len(item_ids) - len(set(map(repr, item_ids)))
    counts = {
        "documents": 1, "schema_valid": int(not errors), "schema_invalid": int(bool(errors)),
        "spans": spans, "grounded": grounded, "ungrounded": spans - grounded,
        "dangling_ids": dangling, "duplicate_ids": duplicates, "overlong_paraphrases": overlong,
    }
    return counts, errors


def _derive(score: dict[str, Any]) -> dict[str, Any]:
    """Add P/R/F1, accuracies and rates to a dict of counts (in place) and return it."""
    micro = {c: sum(score[name][c] for name in ITEM_LISTS) for c in ("tp", "fp", "fn")}
    score["micro"] = {**micro, **_prf(**micro)}
    for name in (*ITEM_LISTS, "parties"):
        counts = score[name]
        counts.update(_prf(counts["tp"], counts["fp"], counts["fn"]))
    attrs = score["attributes"]
    for name in ("addressee", "force", "status"):
        attrs[name]["accuracy"] = attrs[name]["correct"] / attrs[name]["total"] if attrs[name]["total"] else None
    dis = attrs["disputed_by"]
    dis.update(_prf(dis["tp"], dis["fp"], dis["fn"]))
    swaps = score["role_swaps"]
    swaps["count"] = sum(score[name]["role_swaps"] for name in ITEM_LISTS)
    swaps["predicted_items"] = sum(score[name]["predicted"] for name in ITEM_LISTS)
    swaps["rate"] = swaps["count"] / swaps["predicted_items"] if swaps["predicted_items"] else 0.0
    integ = score["integrity"]
    integ["schema_valid_rate"] = integ["schema_valid"] / integ["documents"] if integ["documents"] else 1.0
    integ["grounded_rate"] = integ["grounded"] / integ["spans"] if integ["spans"] else 1.0
    return score


def score_document(gold: dict[str, Any], predicted: dict[str, Any], text: str) -> dict[str, Any]:
    """Counts and rates for one document (JSON-serialisable); never raises on a bad prediction."""
    pred = predicted if isinstance(predicted, dict) else {}
    gold_parties, pred_parties = _dicts(gold, "parties"), _dicts(pred, "parties")
    pairs = match_parties(gold_parties, pred_parties)
    gold_optional = [bool(g.get("optional")) for g in gold_parties]
    counted = sum(1 for _, gi in pairs if not gold_optional[gi])
    matched_gold = {gi for _, gi in pairs}
    score = _blank()
    score["parties"] = {
        "tp": counted,
        "fp": len(pred_parties) - len(pairs),
        "fn": sum(1 for gi, opt in enumerate(gold_optional) if not opt and gi not in matched_gold),
    }
    sides = Sides(gold, pred, pairs)
    for name in ITEM_LISTS:
        score[name] = _score_list(name, gold, pred, text, sides, score["attributes"])
    score["integrity"], score["schema_errors"] = _integrity(pred, text)
    return _derive(score)


def _add(total: dict[str, Any], part: dict[str, Any]) -> None:
    """Sum the integer counts of `part` into `total`, recursively (rates are derived afresh)."""
    for key, value in part.items():
        if isinstance(value, dict):
            _add(total.setdefault(key, {}), value)
        elif _is_int(value):
            total[key] = total.get(key, 0) + value


def _blank() -> dict[str, Any]:
    item = {"tp": 0, "fp": 0, "fn": 0, "predicted": 0, "role_swaps": 0}
    return {
        "parties": {"tp": 0, "fp": 0, "fn": 0},
        **{name: dict(item) for name in ITEM_LISTS},
        "attributes": {
            "addressee": {"correct": 0, "total": 0}, "force": {"correct": 0, "total": 0},
            "status": {"correct": 0, "total": 0}, "disputed_by": {"tp": 0, "fp": 0, "fn": 0},
        },
        "role_swaps": {},
        "integrity": {"documents": 0, "schema_valid": 0, "schema_invalid": 0, "spans": 0, "grounded": 0,
                      "ungrounded": 0, "dangling_ids": 0, "duplicate_ids": 0, "overlong_paraphrases": 0},
    }


def aggregate(doc_scores: list[dict[str, Any]]) -> dict[str, Any]:
    """Sum the counts over documents, then derive P/R/F1 per list, micro, parties, attributes, rates."""
    total = _blank()
    for score in doc_scores:
        # micro and role_swaps are derived from the per-list counts, so they are not summed.
        _add(total, {k: v for k, v in score.items() if k not in ("micro", "role_swaps", "schema_errors")})
    return _derive(total)


def f1_per_document(doc_score: dict[str, Any]) -> dict[str, float]:
    """Per-list, micro and party F1 of one scored document (the paired bootstrap's unit)."""
    return {name: float(doc_score[name]["f1"]) for name in (*ITEM_LISTS, "micro", "parties")}
