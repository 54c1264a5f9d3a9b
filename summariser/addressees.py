"""Who a request's own words say asks and is asked: 'Pri\u0161tina has demanded that ...', 'urged the
Union to send monitors', 'called on the Sudanese Armed Forces and the Rapid Support Forces to ...'.
The text beats the model's guess wherever it names someone; `assemble.build_items` asks here.
"""

from __future__ import annotations

import re

from summariser import cues
from summariser.gazetteer import actor_meant
from summariser.known_parties import add_speaker
from summariser.name_forms import party_of
from summariser.parties import PartyBook, sides, speaker_in
from summariser.schema import Party
from summariser.speakers import UNNAMED_AUTHORITIES, sole_other_state
from summariser.titles import guess_kind

_PRONOUN_ASKED = re.compile(r"^(them|it|him|her)$", re.I)


def asker_named(clause: str, book: PartyBook) -> Party | None:
    """The party the asking clause itself names as asking ('Pri\u0161tina has demanded that')."""
    phrase = cues.asker_phrase(clause)
    # a titled official the model left out ('US Secretary of State Marco Rubio said he had urged ...')
    return (speaker_in(phrase, book.parties) or add_speaker(phrase, book)) if phrase else None


def _proper_party(phrase: str, book: PartyBook) -> Party | None:
    """'the Sudanese Armed Forces' named beside a listed party: a party, if it is a proper name
    of a body or an organisation ('Kosovo and Metohija' names a place)."""
    name = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
    words = name.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in ("of", "and", "for") for w in words):
        return None
    kind = guess_kind(name)  # a body or an organisation by its name ('Armed Forces'), not a place
    return book.add(name, kind) if kind != "state" else None


def addressed(clause: str, book: PartyBook, requester: Party, condition: str | None,
               last_asked: str | None = None) -> list[str | None]:
    """Whom a request's own wording asks, other than the requester (the text beats the
    model's guess): each party it names together ('called on the United Nations and Türkiye
    to ...': one request to each), else the one it names ('urged the Union to'; a group it
    names, 'developed countries', becomes a party), else the one party its `condition` names
    ('will stop if the separatists disarm'). 'Them' or 'it' is whom the last request asked.
    Empty when the wording names nobody."""
    phrase = cues.addressee_phrase(clause)
    if phrase and _PRONOUN_ASKED.match(phrase) and last_asked and last_asked != requester.id:
        return [last_asked]  # 'The EU calls on the Georgian authorities to ... We also urge them to'
    if phrase and re.search(r"\band\b|,", phrase):
        pieces = re.split(r",\s*(?:and\s+)?|\s+and\s+(?:to\s+)?", phrase)
        found = [speaker_in(piece, book.parties) for piece in pieces]
        if any(found):  # a list of actors: one the model left out is a party of its own
            found = [p or _proper_party(piece, book) for p, piece in zip(found, pieces, strict=True)]
        ids = list(dict.fromkeys(p.id for p in found if p is not None and p.id != requester.id))
        if len(ids) >= 2:
            return ids
    if phrase and cues.those_concerned(phrase):
        own = sides(book.parties).get(requester.id, {requester.id})
        others = [p.id for p in book.parties if p.kind == "state" and p.id not in own]
        if 2 <= len(others) <= 4:
            return others  # 'We urge the countries concerned to stop ...' after the UK, the US and New Zealand
    asked = speaker_in(phrase, book.parties) if phrase else None
    if phrase and asked is None and UNNAMED_AUTHORITIES.match(phrase):
        asked = sole_other_state(book, requester)  # 'we call on the authorities to ...' in a statement on Georgia
    if phrase and asked is None and cues.nobody_in_particular(phrase):
        return [None]  # 'calls on all parties to ...': nobody the text identifies, not the model's guess
    if phrase and asked is None and (group := cues.group_addressed(phrase)):
        # 'calls on the international community to': a party of its own in the guide
        asked = book.add(group, "other", aliases=[phrase.strip()])
    if phrase and asked is None and (actor := actor_meant(phrase)) is not None:
        # 'The US should abide by ...': a well-known actor the model did not list by that name
        asked = party_of(actor, book)
    if (asked is None or asked.id == requester.id) and condition:
        asked = speaker_in(condition, book.parties)
    return [asked.id] if asked is not None and asked.id != requester.id else []

