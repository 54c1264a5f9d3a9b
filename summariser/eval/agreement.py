"""Inter-annotator agreement: score the second labelling (evals/agreement/) against the first
(evals/gold/) with the same scorer as any model, the ceiling the eval gate cannot claim to beat.

    python -m summariser.eval.agreement [--evals evals]

The second annotator's own optional items are left out of the prediction: a prediction is
what a labeller commits to.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from summariser.eval.scorer import aggregate, score_document

LISTS = ("parties", "positions", "requests", "contested_claims")


def agreement(evals: Path) -> tuple[dict, int]:
    scores = []
    for second in sorted((evals / "agreement").glob("*.gold.json")):
        doc_id = second.name.removesuffix(".gold.json")
        gold = json.loads((evals / "gold" / second.name).read_text(encoding="utf-8"))
        predicted = json.loads(second.read_text(encoding="utf-8"))
        for key in LISTS:
            predicted[key] = [x for x in predicted.get(key, []) if not x.get("optional")]
        text = (evals / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8")
        scores.append(score_document(gold, predicted, text))
    return aggregate(scores), len(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--evals", type=Path, default=Path("evals"))
    totals, n = agreement(parser.parse_args().evals)
    print(f"agreement over {n} documents labelled twice")
    for key in (*LISTS, "micro"):
        t = totals[key]
        print(f"{key:17} P {100 * t['precision']:5.1f}  R {100 * t['recall']:5.1f}  F1 {100 * t['f1']:5.1f}")


if __name__ == "__main__":
    main()
