"""'The Government' and 'Ministers' in an organisation's text. 'The Government' is the state's
government the text is about, not the organisation's own voice: a ministry or a government that
writes 'The Government has decided' speaks of itself (`cues.FIRST_PERSON`); a UN office or a
regional body has no government, so 'The Government has said that the security forces acted with
restraint', in OHCHR's notes on Bangladesh, is Bangladesh's claim. Its bare 'Ministers' or 'Many
members' are the organisation itself."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named, actor_of_adjective
from summariser.name_forms import listed_party
from summariser.parties import PartyBook
from summariser.party_sides import sides
from summariser.referents import chief_other_state, sole_other_state
from summariser.schema import Party

_GOVERNMENT_SAYS = re.compile(r"^\W*the\s+government\s+(?:\w+\s+){0,2}?(?:has\s+|had\s+|have\s+)?(?:said|says|stated|"
                              r"claimed|claims|insisted|insists|maintained|maintains|asserted|asserts|denied|denies|rejected|rejects)\b",
                              re.I)


def government_meant(sentence: str, book: PartyBook, voice: Party | None) -> Party | None:
    """The state whose government an organisation's text quotes ('The Government has said that
    ...'): the one listed state not on the voice's side, when the voice serves an organisation."""
    if voice is None or not _GOVERNMENT_SAYS.match(sentence):
        return None
    # (up the chain of service: a spokesperson for the High Commissioner, who serves the UN)
    served, seen = voice, {voice.id}
    while served.kind == "person" and served.affiliation and served.affiliation not in seen \
            and (boss := book.by_id(served.affiliation)) is not None:
        served = boss
        seen.add(boss.id)
    return sole_other_state(book, voice) if served.kind == "international_org" else None


# 'Ministers expressed deep concern', 'Many members called for', 'Leaders reaffirmed': the body's own
_BODYS_MEMBERS = re.compile(r"^\W*(?:(?:the|many|most|some|several|all|other)\s+)?(?:(?:foreign|finance|defen[cs]e|"
                            r"trade)\s+)?(?:ministers|members|leaders|participants|delegations)\s*$", re.I)


def members_meant(named: str, voice: Party | None) -> Party | None:
    """The organisation whose text it is, when a lead-in names only its members ('Ministers
    expressed ...' in a G20 chair's summary): they speak as that body, not as the chair's state."""
    if voice is None or voice.kind not in ("international_org", "other") or not _BODYS_MEMBERS.match(named):
        return None
    return voice


# 'the regime', 'the government', 'the authorities' as a sentence opens, unnamed
_REGIME = re.compile(r"^\W*(?:the|this)\s+(?:[\w-]+\s+)?(?:regime|government|dictatorship)\b", re.I)
# ... and its army, in a group's words: 'the market was hit by an army drone', 'accused the military of'
_ARMY = re.compile(r"\b(?:the\s+(?:military|army|armed\s+forces)|an?\s+army\s+(?:drone|aircraft|jet|shell|"
                   r"strike)|government\s+(?:forces|troops))\b", re.I)


def regime_meant(sentence: str, book: PartyBook, speaker: Party) -> Party | None:
    """The state an opposition's or a group's text means by 'the regime' or 'the government'
    ('Instead of showing the results, the government has chosen repression' in Venezuela's
    opposition's statement), or by 'the army' ('the RSF spokesman ... accused the military of'):
    the state the text names most, when the speaker's side is no state and no organisation."""
    opening = re.sub(r"^[^,]{0,60},\s+", "", sentence) if not _REGIME.match(sentence) else sentence
    if not _REGIME.match(opening) and not _ARMY.search(sentence):
        return None
    own = sides(book.parties).get(speaker.id, {speaker.id})
    if any(p.kind in ("state", "government_body", "international_org") for p in book.parties if p.id in own):
        return None  # a state's own text: its government is itself (an organisation's: `government_meant`)
    if not _REGIME.match(opening) and (army := _STATES_ARMY.search(book.text)) is not None:
        # "Sudan's army and the paramilitary RSF blamed each other": the army the text named is that state's
        actor = actor_named(army["owner"]) if army["owner"] else actor_of_adjective(army["adjective"])
        state = listed_party(actor, book) if actor is not None and actor.kind == "state" else None
        if state is not None and state.id not in own:
            return state
    return chief_other_state(book.text, book, speaker)


_STATES_ARMY = re.compile(r"\b(?:(?P<owner>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)['\u2019]s|(?P<adjective>[A-Z][a-z]+))\s+"
                          r"(?:army|military|armed\s+forces)\b")


# a state's authorities, named so: 'the authorities in Minsk', 'the Belarusian authorities', "Iran's authorities"
_AUTHORITIES = re.compile(r"\bthe\s+authorities\s+(?:in|of)\s+(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)|"
                          r"\bthe\s+(?P<word>[A-Z][a-z]+)\s+authorities\b|\b(?P<owner>[A-Z][\w'-]+)['\u2019]s\s+authorities\b")


def authorities_just_named(text: str, at: int, book: PartyBook) -> Party | None:
    """The listed state whose authorities the sentence before `at` names ('We note that the response of the
    authorities in Minsk ... We urge them to': Belarus, whom 'them' means); None if it names none or several."""
    if at <= 0:
        return None
    start = max(text.rfind(". ", 0, max(0, at - 2)), text.rfind("\n", 0, max(0, at - 2))) + 1
    found = set()
    for m in _AUTHORITIES.finditer(text[start:at]):
        actor = actor_of_adjective(m["word"]) if m["word"] else actor_named(m["place"] or m["owner"])
        state = listed_party(actor, book) if actor is not None and actor.kind == "state" else None
        found |= {state.id} if state is not None else set()
    return book.by_id(found.pop()) if len(found) == 1 else None
