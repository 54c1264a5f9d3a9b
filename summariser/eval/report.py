"""Readable eval reports: `report.md` beside `report.json`, and the diff against a baseline."""

from __future__ import annotations

from typing import Any

ROWS = ("parties", "positions", "requests", "contested_claims", "micro")


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}"


def report_markdown(report: dict[str, Any], diff: dict[str, Any] | None = None) -> str:
    t = report["totals"]
    lines = [
        f"# Eval report ({report['mode']}, {report['model']}, split {report['split']})",
        "",
        f"{report['documents']} documents, {report['errors']} failed; "
        + (f"{report['completion_tokens_per_doc']} completion tokens per document (replayed: no model time; "
           "see the recorded run for seconds)." if report["mode"] == "replay" else
           f"{report['seconds_per_doc']} s and {report['completion_tokens_per_doc']} completion tokens per document."),
        "",
        "| list | P | R | F1 |",
        "|---|---|---|---|",
    ]
    for key in ROWS:
        lines.append(f"| {key} | {_pct(t[key]['precision'])} | {_pct(t[key]['recall'])} | {_pct(t[key]['f1'])} |")
    attrs = t["attributes"]
    integ = t["integrity"]
    lines += [
        "",
        f"Attributes on matched items: addressee {_pct(attrs['addressee']['accuracy'])}%, "
        f"force {_pct(attrs['force']['accuracy'])}%, status {_pct(attrs['status']['accuracy'])}%, "
        f"disputed_by F1 {_pct(attrs['disputed_by']['f1'])}.",
        f"Role swaps: {t['role_swaps']['count']} of {t['role_swaps']['predicted_items']} predicted items "
        f"({_pct(t['role_swaps']['rate'])}%).",
        f"Integrity: schema-valid {integ['schema_valid']}/{integ['documents']}, grounded "
        f"{integ['grounded']}/{integ['spans']} spans, dangling ids {integ['dangling_ids']}, "
        f"over-long paraphrases {integ['overlong_paraphrases']}.",
        "",
        "| document | positions | requests | claims | micro | parties | s | tokens |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for doc_id, row in report["per_document"].items():
        f = row["f1"]
        flag = " (failed)" if row.get("error") else ""
        lines.append(
            f"| {doc_id}{flag} | {_pct(f['positions'])} | {_pct(f['requests'])} | {_pct(f['contested_claims'])} | "
            f"{_pct(f['micro'])} | {_pct(f['parties'])} | {row['seconds']} | {row['completion_tokens']} |"
        )
    if diff:
        lines += ["", diff_markdown(diff)]
    return "\n".join(lines) + "\n"


def diff_markdown(diff: dict[str, Any]) -> str:
    lines = ["## Against the baseline", "", "| list | baseline F1 | now | delta | bootstrap 95% CI | regression |",
             "|---|---|---|---|---|---|"]
    for key, row in diff["lists"].items():
        lo, hi = row["ci95"]
        lines.append(
            f"| {key} | {_pct(row['baseline'])} | {_pct(row['current'])} | {100 * row['delta']:+.1f} | "
            f"[{100 * lo:+.1f}, {100 * hi:+.1f}] | {'YES' if row['regression'] else 'no'} |"
        )
    moved = {d: v for d, v in diff["documents"].items() if abs(v) > 1e-9}
    if moved:
        lines += ["", "Documents whose micro-F1 moved: " + ", ".join(f"{d} {100 * v:+.1f}" for d, v in moved.items())]
    return "\n".join(lines)
