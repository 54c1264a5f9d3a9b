"""Gold files: fill evidence offsets from quotes by code, and check them.

Annotators write quotes only; `python -m summariser.eval.gold fill FILE...` computes every
`start`/`end` from the document text (so no offset is ever typed by hand), gives items ids,
and `check` verifies a gold file against SPEC section 2 without changing it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from summariser.schema import FORCES, KINDS, STATUSES

LISTS = ("positions", "requests", "contested_claims")
ID_PREFIX = {"positions": "pos", "requests": "req", "contested_claims": "cc"}
ROLE_FIELDS = {
    "positions": ("holder",),
    "requests": ("requester", "addressee"),
    "contested_claims": ("asserted_by",),
}


class GoldError(ValueError):
    """A gold file that does not follow the annotation guide."""


def doc_path_for(gold_path: Path) -> Path:
    """`evals/gold/<id>.gold.json` labels `evals/docs/<id>.txt`."""
    doc_id = gold_path.name.removesuffix(".gold.json")
    return gold_path.parent.parent / "docs" / f"{doc_id}.txt"


def locate(text: str, quote: str, hint: int | None = None) -> tuple[int, int]:
    """Offsets of `quote` in `text`; ambiguous quotes need a hint that already points at one."""
    if not quote:
        raise GoldError("empty quote")
    hits = []
    at = text.find(quote)
    while at != -1:
        hits.append(at)
        at = text.find(quote, at + 1)
    if not hits:
        raise GoldError(f"quote not found in the document: {quote!r}")
    if len(hits) > 1:
        if hint in hits:
            return hint, hint + len(quote)
        raise GoldError(f"quote occurs {len(hits)} times; lengthen it to be unique: {quote!r}")
    return hits[0], hits[0] + len(quote)


def fill(gold: dict, text: str) -> dict:
    """Return `gold` with offsets computed from quotes and missing item ids assigned."""
    for list_name in LISTS:
        for n, item in enumerate(gold.get(list_name, []), start=1):
            item.setdefault("id", f"{ID_PREFIX[list_name]}{n}")
            for ev in item.get("evidence", []):
                ev["start"], ev["end"] = locate(text, ev["quote"], ev.get("start"))
    return gold


def problems(gold: dict, text: str) -> list[str]:
    """Every way `gold` breaks the annotation guide (empty when it is sound)."""
    found: list[str] = []
    party_ids = [p.get("id") for p in gold.get("parties", [])]
    if len(set(party_ids)) != len(party_ids):
        found.append("duplicate party ids")
    known = set(party_ids)
    for p in gold.get("parties", []):
        if p.get("kind") not in KINDS:
            found.append(f"party {p.get('id')}: kind {p.get('kind')!r} not allowed")
        if p.get("affiliation") not in (None, *known):
            found.append(f"party {p.get('id')}: affiliation {p['affiliation']!r} is not a party")
    issuer = gold.get("document", {}).get("issuing_party")
    if issuer not in (None, *known):
        found.append(f"document.issuing_party {issuer!r} is not a party")
    for list_name in LISTS:
        item_ids = [item.get("id") for item in gold.get(list_name, [])]
        if len(set(item_ids)) != len(item_ids):
            found.append(f"{list_name}: duplicate item ids")
        for item in gold.get(list_name, []):
            where = f"{list_name} {item.get('id')}"
            for role in ROLE_FIELDS[list_name]:
                if item.get(role) not in (None, *known):
                    found.append(f"{where}: {role} {item.get(role)!r} is not a party")
            for role in item.get("disputed_by", []):
                if role not in known:
                    found.append(f"{where}: disputed_by {role!r} is not a party")
            if list_name == "requests" and item.get("force") not in FORCES:
                found.append(f"{where}: force {item.get('force')!r} not allowed")
            if list_name == "contested_claims" and item.get("status") not in STATUSES:
                found.append(f"{where}: status {item.get('status')!r} not allowed")
            if not item.get("evidence"):
                found.append(f"{where}: no evidence")
            for ev in item.get("evidence", []):
                start, end = ev.get("start"), ev.get("end")
                if not isinstance(start, int) or not isinstance(end, int):
                    found.append(f"{where}: evidence without offsets (run fill)")
                elif text[start:end] != ev.get("quote"):
                    found.append(f"{where}: quote differs from text[{start}:{end}]")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m summariser.eval.gold", description=__doc__)
    parser.add_argument("action", choices=["fill", "check"])
    parser.add_argument("files", nargs="+", type=Path, help="evals/gold/<id>.gold.json files")
    args = parser.parse_args(argv)
    failed = 0
    for path in args.files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = doc_path_for(path).read_text(encoding="utf-8")
            if args.action == "fill":
                fill(gold, text)
            found = problems(gold, text)
            if found:
                raise GoldError("; ".join(found))
            if args.action == "fill":
                path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"ok   {path}")
        except (OSError, ValueError) as err:
            failed += 1
            print(f"FAIL {path}: {err}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
