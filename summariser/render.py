"""A readable Markdown rendering of a Summary: every item with its quote, for people."""

from __future__ import annotations

from summariser.schema import Summary


def _distinct_aliases(name: str, aliases: list[str]) -> list[str]:
    """The aliases a reader needs: 'the United States' beside 'United States' says nothing more
    (the JSON keeps both, as the text writes them)."""
    plain = {name.casefold(), *(a.casefold() for a in aliases)}
    return [a for a in aliases if not (a.casefold().startswith("the ") and a[4:].casefold() in plain)]


def to_markdown(summary: Summary) -> str:
    name = {p.id: p.name for p in summary.parties}
    doc = summary.document
    lines = [f"# {doc.title or doc.id}", ""]
    meta = [f"genre: {doc.genre}", f"date: {doc.date or 'not stated'}", f"language: {doc.language}"]
    if doc.issuing_party:
        meta.append(f"voice of: {name[doc.issuing_party]}")
    lines += [" · ".join(meta), "", summary.overview, "", "## Parties", ""]
    for p in summary.parties:
        extra = [x for x in (p.title, f"for {name[p.affiliation]}" if p.affiliation else None) if x]
        aliases = _distinct_aliases(p.name, p.aliases)
        aka = f" (also: {', '.join(aliases)})" if aliases else ""
        lines.append(f"- **{p.name}** [{p.kind}]{' — ' + ', '.join(extra) if extra else ''}{aka}")

    def quote(item) -> str:  # noqa: ANN001 - any item type
        spans = "; ".join(f"“{ev.quote}” [{ev.start}:{ev.end}]" for ev in item.evidence)
        return f"  > {spans}"

    if summary.positions:
        lines += ["", "## Positions", ""]
        for pos in summary.positions:
            lines += [f"- **{name[pos.holder]}**: {pos.stance}", quote(pos)]
    if summary.requests:
        lines += ["", "## Requests", ""]
        for req in summary.requests:
            to = f" → {name[req.addressee]}" if req.addressee else ""
            cond = f" (if {req.condition})" if req.condition else ""
            lines += [f"- **{name[req.requester]}**{to} [{req.force}]: {req.action}{cond}", quote(req)]
    if summary.contested_claims:
        lines += ["", "## Contested claims", ""]
        for cc in summary.contested_claims:
            against = f" vs {', '.join(name[p] for p in cc.disputed_by)}" if cc.disputed_by else ""
            lines += [f"- **{name[cc.asserted_by]}**{against} [{cc.status}]: {cc.claim}", quote(cc)]
    prov = summary.provenance
    lines += [
        "",
        f"_{prov.backend}:{prov.model} · prompt {prov.prompt_version} · {prov.latency_s:.1f} s · "
        f"{prov.completion_tokens} output tokens · {prov.dropped_items} dropped_",
        "",
    ]
    return "\n".join(lines)
