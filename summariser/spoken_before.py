"""Whose a speaker is when its lead-in says only 'Its' or a bare title: 'Cambodia gave a sharply
different account. Its Ministry of National Defence said ... Spokeswoman Maly Socheata said ...':
the ministry is Cambodia's, the one the sentence before names; the spokeswoman the ministry's,
the one that spoke in the sentence before (`known_parties.add_speaker` asks here)."""

from __future__ import annotations

import re

from summariser.attribution import attribution
from summariser.document import Document
from summariser.gazetteer import actors_in
from summariser.known_people import actor_served
from summariser.name_forms import listed_party, other_states_body
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.party_sides import sides
from summariser.rebuttals import CLAIM_BY
from summariser.schema import Party

# a body named by whose it is, and no more: 'Its Ministry of National Defence'
POSSESSED_BODY = re.compile(r"^(?:Its|Their)\s+(?=[A-Z])")
# a post that says what it does, not for whom: 'Spokeswoman Maly Socheata'
# ('Office director Petar Petkovi\u0107 told ...' after 'Serbia's government office for Kosovo rejected ...')
BARE_SPOKESPERSON = re.compile(r"^\s*(?:the\s+)?(?:(?:office|ministry|agency|department|bureau|service)\s+)?"
                               r"(?:spokes(?:wo)?m[ae]n|spokesperson|press\s+secretary|director|head|chief)\s*$", re.I)


def _sentence_before(lead_in: str, text: str) -> str:
    at = text.find(lead_in.strip())
    before = text[:at].rstrip() if at > 0 else ""
    return re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""


def state_named_before(lead_in: str, book: PartyBook) -> Party | None:
    """The first listed state the sentence before the lead-in names: whose 'Its Ministry' is."""
    for actor, _ in actors_in(_sentence_before(lead_in, book.text)):
        if actor.kind == "state" and (party := listed_party(actor, book)) is not None:
            return party
    return None


def speaker_before(lead_in: str, book: PartyBook) -> Party | None:
    """The body or state that spoke in the sentence before the lead-in: whose a bare spokeswoman is."""
    attributed, who = attribution(_sentence_before(lead_in, book.text))
    found = speaker_in(who, book.parties) if attributed and who.strip() else None
    # ('the Turkish Ministry of National Defence', found as the issuing ministry: Türkiye, if listed)
    found = other_states_body(found, who, book, add=False) if found is not None and found.kind != "person" else None
    return found if found is not None and found.kind != "person" else None


def serve_the_body_before(book: PartyBook) -> None:
    """A listed person the text introduces by a bare post ('Office director Petar Petkovi\u0107 told
    ...', after "Serbia's government office for Kosovo rejected the accusation") serves the body or
    state that spoke in the sentence before."""
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation is None
                   and BARE_SPOKESPERSON.match(p.title or "")]:
        boss = speaker_before(f"{person.title} {person.name}", book) or _body_spoken_before(person.name, book)
        if boss is not None and boss.id != person.id:
            person.affiliation = boss.id


def _body_spoken_before(name: str, book: PartyBook) -> Party | None:
    """The body that spoke last before the sentence that first names `name`, over quotation lines that name no
    one ('... a spokesman for Guinea's ministry of foreign affairs denied ... "Our soldiers have been ...
    Nothing has changed," the spokesman, Mamadi Condé, told ...')."""
    at = book.text.find(name)
    earlier = re.split(r"(?<=[.!?])[\"\u201d]?\s+", book.text[:at])[:-1] if at > 0 else []
    for sentence in reversed(earlier[-3:]):
        attributed, who = attribution(sentence)
        if attributed:
            found = speaker_in(who, book.parties) if who.strip() else None
            return found if found is not None and found.kind != "person" else None
    return None


# "Erdogan's office gave a different emphasis.": a body the sentence opens with, whoever it belongs to
_OWNED_BODY = re.compile(r"^\W*(?P<owner>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})['\u2019]s?\s+"
                         r"(?:office|ministry|government|presidency|administration|embassy|foreign\s+ministry)\s+"
                         r"(?-i:[a-z])", re.I)
# 'The Trump administration has cut aid ...': a government named for its leader or by its state's word
_NAMED_GOVERNMENT = re.compile(r"^\W*the\s+(?P<owner>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})\s+"
                               r"(?:administration|government)\s+(?-i:[a-z])", re.I)


def body_opening(sentence: str, book: PartyBook) -> Party | None:
    """The side of the body a sentence opens with as its subject ("Erdogan's office gave a different
    emphasis."): whom the next sentence's 'It said' means, though this one says nothing itself."""
    m = _OWNED_BODY.match(sentence) or _NAMED_GOVERNMENT.match(sentence)
    owner = speaker_in(m["owner"], book.parties) if m else None
    if owner is not None and owner.kind == "person":
        # (a well-known leader the model tied to no state yet: 'The Trump administration')
        served = actor_served(owner.name) if not owner.affiliation else None
        return book.by_id(owner.affiliation) if owner.affiliation else listed_party(served, book) if served else None
    return owner


def own_state_goes_on(opener: Party | None, before: Party | None, book: PartyBook,
                      voice: Party | None) -> Party | None:
    """'Ishaq Dar said ... . Pakistan is grateful for China's just position.': in another side's
    readout, a line that opens with the state of the person who spoke just before goes on with
    his words (not the voice's, whose readout it is)."""
    if opener is None or before is None or voice is None or opener.kind != "state" or before.kind != "person":
        return None
    side = sides(book.parties)
    if opener.id not in side.get(before.id, {before.id}) or opener.id in side.get(voice.id, {voice.id}):
        return None
    return before


def remarks_by(doc: Document, number: int, book: PartyBook) -> Party | None:
    """The party whose remarks the sentence before `number` names ('the remarks made yesterday by
    the spokesperson of the German Foreign Office'), if any."""
    before = doc.sentence(number - 1)
    told = CLAIM_BY.search(before.text) if before is not None else None
    return speaker_in(told["who"], book.parties) if told is not None else None


# 'Its embassy in Sarajevo said ...': the mission or office of the one the sentence before opens with
_ITS_OFFICE = re.compile(r"^\W*(?:Its|Their)\s+(?:embassy|consulate|mission|delegation|ministry|government|"
                         r"spokes(?:person|man|woman))\b")
_OPENING_NAME = re.compile(r"^\W*(?:The\s+)?(?P<who>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})")


def its_owner(lead_in: str, before: str, book: PartyBook) -> Party | None:
    """Whose embassy, mission or spokesperson 'Its embassy in Sarajevo' is: the state or organisation the sentence
    before opens with ('Russia, which has called for the office to be closed, took the opposite view.'), not the
    host its capital names."""
    opening = _OPENING_NAME.match(before) if _ITS_OFFICE.match(lead_in) else None
    owner = speaker_in(opening["who"], book.parties) if opening else None
    return owner if owner is not None and owner.kind in ("state", "international_org", "non_state_group") else None
