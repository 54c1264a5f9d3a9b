"""Speakers a lead-in names that the model did not list: the body whose members speak ('Members of the
European Parliament across several political groups accused ...') and a diplomat of a region posted
somewhere ('A European diplomat in Copenhagen said'). `speakers` adds them to the book."""

from __future__ import annotations

from summariser.gazetteer import actor_named
from summariser.lead_in_shapes import MEMBERS_OF_BODY
from summariser.name_forms import party_of
from summariser.naming import foreign_diplomat
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.titles import guess_kind


def left_out_speaker(named: str, book: PartyBook) -> Party | None:
    """The party the lead-in `named` names by the body its members belong to, or the unnamed
    diplomat it describes, listed or added; None for any other lead-in."""
    if (members := MEMBERS_OF_BODY.match(named)) is not None:
        body, actor = members["body"], actor_named(members["body"])
        if actor is not None:
            return party_of(actor, book)
        return book.find(body) or (
            book.add(body, guess_kind(body)) if len(body.split()) >= 2 and guess_kind(body) != "state" else None)
    if (diplomat := foreign_diplomat(named)) is not None:
        return book.find(diplomat) or book.add(diplomat, "person")  # (none of the host's side)
    return None
