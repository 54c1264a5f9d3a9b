"""The state a party's own name or title places it in, whatever side it speaks for: 'Human Rights Commission of
Pakistan' asks Pakistan when it calls on 'authorities'; the Pacific Islands Forum's Chair, titled 'Prime Minister
of the Cook Islands', asks nothing of the Cook Islands."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_in_title, actors_in
from summariser.name_forms import listed_party
from summariser.parties import PartyBook
from summariser.schema import Party


def national_state(body: Party, book: PartyBook) -> Party | None:
    """The listed state a non-state body's own name places it in ('Human Rights Commission of Pakistan')."""
    states = {a.name: a for a, _ in actors_in(body.name) if a.kind == "state"} \
        if body.kind in ("non_state_group", "other") and body.affiliation is None else {}
    return listed_party(next(iter(states.values())), book) if len(states) == 1 else None


def title_state(person: Party, book: PartyBook) -> set[str]:
    """The listed state a person's title names, their own side whatever they speak for: the Forum's Chair, titled
    'Prime Minister of the Cook Islands', does not ask the Cook Islands."""
    # (a leader's or minister's post of a state only: not 'Special Rapporteur on ... Myanmar', who asks Myanmar)
    actor = actor_in_title(person.title) if person.kind == "person" and person.title \
        and _STATES_LEADER.fullmatch(person.title) else None
    listed = listed_party(actor, book) if actor is not None and actor.kind == "state" else None
    return {listed.id} if listed is not None else set()


_STATES_LEADER = re.compile(r"(?:(?:Deputy|Vice|Acting|First)\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|"
                            r"King|Queen|Emir|Minister\s+(?:of|for)\s+Foreign\s+Affairs)\s+of\s+(?:the\s+)?"
                            r"[A-Z][\w' -]+")
