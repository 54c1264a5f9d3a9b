"""Sides: the parties joined through `affiliation` links, either way, are one side (a president, the army
and their state; two ministers of one government)."""

from __future__ import annotations

from summariser.schema import Party


def sides(parties: list[Party]) -> dict[str, set[str]]:
    """Each party's side: every party joined to it through `affiliation` links, either way (a president, the army
    and their state are one side, and so are two ministers of one government); union-find ends a loop too."""
    top = {p.id: p.id for p in parties}

    def root(party_id: str) -> str:
        while top[party_id] != party_id:
            top[party_id] = top[top[party_id]]
            party_id = top[party_id]
        return party_id

    for p in parties:
        if p.affiliation in top:
            top[root(p.id)] = root(p.affiliation)
    members: dict[str, set[str]] = {}
    for p in parties:
        members.setdefault(root(p.id), set()).add(p.id)
    return {p.id: members[root(p.id)] for p in parties}
