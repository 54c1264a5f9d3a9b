"""Speakers a lead-in names that the model did not list: the body whose members speak ('Members of the
European Parliament across several political groups accused ...'), a diplomat of a region posted
somewhere ('A European diplomat in Copenhagen said') and a group named by its acronym before an aside
('The SPLM/A-IO, whose leader ...'). `speakers` adds them to the book."""

from __future__ import annotations

from summariser.gazetteer import actor_named
from summariser.lead_in_shapes import MEMBERS_OF_BODY, RELATIVE, UNLISTED_GROUP
from summariser.name_forms import party_of
from summariser.naming import foreign_diplomat, speaker_in
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
        kind = guess_kind(body)
        if members["owner"] and kind == "international_org":
            kind = "non_state_group"  # a leader's 'United Democratic Alliance' is his party, not a league of states
        return book.find(body) or (book.add(body, kind) if len(body.split()) >= 2 and kind != "state" else None)
    if (diplomat := foreign_diplomat(named)) is not None:
        if (listed := book.find(diplomat)) is not None:
            # (the model's 'Gulf diplomat' for Kuwait: a region's, no state's; its 'Western diplomat' medium: a person)
            listed.affiliation, listed.kind = None, "person"
            return listed
        added = book.add(diplomat, "person")  # (none of the host's side)
        book.alias(added, "the diplomat")  # ('"...," the diplomat said.' after 'A diplomat from a Nordic country')
        return added
    return None


def group_before_aside(head: str, aside: str, party: Party | None, book: PartyBook) -> Party | None:
    """The group an acronym names (`head`) before a 'whose ...' `aside` ('The SPLM/A-IO, whose leader Dr
    Riek Machar remains under house arrest in Juba, has accused ...'), listed or added, when the speaker
    found so far (`party`) is not it: not the place or person inside the aside (`party` itself if it is).
    None for other lead-ins."""
    unlisted = UNLISTED_GROUP.fullmatch(head.strip()) if RELATIVE.match(aside) else None
    if unlisted is None:
        return None
    if party is not None and speaker_in(head, [party]) is not None:
        return party  # (already the group)
    return speaker_in(head, book.parties) or book.add(unlisted["name"], "non_state_group")
