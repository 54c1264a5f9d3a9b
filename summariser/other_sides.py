"""Which other side a sentence names, when the model's guess is not it: the one its words lay a
duty on, the state told of after a lead-in that names an organisation, the party of a person's
side the words do name, the one state a release is about ('the country'), and a side's own seats
(which are no other side)."""

from __future__ import annotations

import re
from collections.abc import Collection

from summariser import forces
from summariser.attribution import attribution
from summariser.gazetteer import actor_named, actor_of_adjective, actors_in, states_named
from summariser.links import name_spots
from summariser.name_forms import known_actor, party_of
from summariser.naming import speaker_in
from summariser.obliged import obliged_side
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.subjects import SOMEONE_OF


def side_named_for(other_id: str | None, sentence: str, book: PartyBook,
                   side: dict[str, set[str]]) -> Party | None:
    """For a person the model named as the other side whom the sentence does not name, the
    party of that person's side the sentence does name, if any."""
    other = book.by_id(other_id) if other_id else None
    if other is not None and other.kind == "state" and (group := _group_of_state(other, sentence, book)) is not None:
        return group  # "Yemen's Houthi movement has detained ...": the Houthis, not Yemen
    if other is None or other.kind != "person" or speaker_in(sentence, [other]) is not None:
        return None
    return speaker_in(sentence, [p for p in book.parties if p.id in side.get(other.id, {other.id}) and p is not other])


def _group_of_state(state: Party, sentence: str, book: PartyBook) -> Party | None:
    """The listed non-state group a sentence names only by the state it is of ("Yemen's Houthi movement"), when it
    names that state nowhere else."""
    states = "|".join(map(re.escape, {state.name, *state.aliases}))
    for group in [p for p in book.parties if p.kind == "non_state_group"]:
        forms = {group.name, *group.aliases, *(actor.forms if (actor := known_actor(group)) else ())}
        named = rf"\b(?:{states})['\u2019]s\s+(?:{'|'.join(map(re.escape, forms))})"
        if re.search(named, sentence) and not re.search(rf"\b(?:{states})\b", re.sub(named, " ", sentence)):
            return group
    return None


def told_of_state(other_id: str | None, sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The one other state the words after a lead-in name, when the model's other side is an
    organisation named only in that lead-in, as part of the speaker's post ("Russia's U.N.
    ambassador, Vassily Nebenzia, said the U.S. text was deliberately ambiguous")."""
    other = book.by_id(other_id)
    if other is None or other.kind != "international_org":
        return None  # (most claims: no lead-in to read again)
    attributed, lead = attribution(sentence)
    if not attributed or not lead.strip():
        return None
    rest = sentence[sentence.find(lead) + len(lead):] if lead in sentence else ""
    if not name_spots(other, lead) or name_spots(other, rest):
        return None
    states = [p for p in book.parties if p.kind == "state" and p.id not in own_side and p.name in states_named(rest)]
    return states[0] if len(states) == 1 else None


def own_seats(own_side: set[str], book: PartyBook) -> set[str]:
    """The listed seats of the side's own state ('Yerevan', which the model listed apart from
    Armenia): 'told reporters in Yerevan' names no other side than Mirzoyan's."""
    own = {a.name for p in book.parties if p.id in own_side and p.kind == "state" and (a := actor_named(p.name))}
    return {p.id for p in book.parties if p.kind == "state" and p.id not in own_side
            and (a := actor_named(p.name)) is not None and a.name in own and p.name in a.metonyms} if own else set()


def obliged_other(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The listed party of another side the sentence lays a duty on (`obliged.obliged_side`)."""
    bound = obliged_side(sentence)
    obliged = speaker_in(bound, book.parties) if bound is not None else None
    if obliged is None and bound is not None and (known := actors_in(bound)):
        obliged = party_of(known[0][0], book)  # 'The UN Department of Peace Operations ... should ensure': the UN
    return obliged if obliged is not None and obliged.id not in own_side else None


# 'a campaign to silence the last independent media outlets in the country', 'the authorities' denial'
_UNNAMED_STATE = re.compile(r"\b(?:in|of|across|throughout|by)\s+the\s+(?:country|authorities|government|regime)\b|"
                            r"\bthe\s+(?:country|authorities|government|regime)['\u2019]s?\s|"
                            # ('The military has arrested hundreds of people ...' in the UN's release on Myanmar)
                            r"^\W*the\s+(?:(?:military|de\s+facto)\s+)?(?:authorities|government|regime|military|army|"
                            r"junta)\b", re.I)


def unnamed_state_charged(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The one listed state a charge means by 'the country' or 'the authorities' when a side with no
    state of its own makes it (UN experts: '... points to a deliberate campaign to silence the last
    independent media outlets in the country'): a release about one state. A state's own 'the
    country' may be itself, so a state's side never gets one."""
    if any(p.kind == "state" for p in book.parties if p.id in own_side) or not _UNNAMED_STATE.search(sentence):
        return None
    states = [p for p in book.parties if p.kind == "state" and p.id not in own_side]
    return states[0] if len(states) == 1 else None


def without_own_post(sentence: str, holder: Party) -> str:
    """The sentence without the holder's post where it writes it ('The U.N. humanitarian coordinator for
    Sudan, Clementine Nkweta-Salami, said she was "horrified"'): a state named there is where the
    speaker serves, not a side the words charge."""
    title = (holder.title or "").strip()
    return re.sub(re.escape(title), " ", sentence, flags=re.I) if len(title.split()) >= 3 else sentence


# a state's organ, by the state's word or name: 'the Israeli government's decision', "Russia's armed forces"
_STATE_ORGAN = re.compile(r"\b(?:(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['\u2019]s|(?P<adjective>[A-Z][a-z]+))\s+"
                          r"(?:government|authorities|regime|army|military|armed\s+forces|forces|troops|"
                          # ('the Chinese Foreign Ministry said ...')
                          r"security\s+forces|police|navy|air\s+force|(?i:(?:foreign\s+)?ministry|embassy|foreign\s+office))\b")


def state_by_its_organ(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The one listed state of another side whose organ a charge names ('condemned ... the Israeli
    government's decision to approve ... settlement units'), when it names that state no other way."""
    found = set()
    for organ in _STATE_ORGAN.finditer(sentence):
        actor = actor_named(organ["owner"]) if organ["owner"] else actor_of_adjective(organ["adjective"])
        state = next((p for p in book.parties if p.kind == "state" and actor is not None and actor.kind == "state"
                      and actor_named(p.name) is actor), None)
        if state is not None and state.id not in own_side:
            found.add(state.id)
    return book.by_id(found.pop()) if len(found) == 1 else None


def bound_to_other(sentence: str, book: PartyBook, own_side: Collection[str]) -> bool:
    """A commitment on a condition another side must meet ('will stop if Russia withdraws',
    'would be ready to return as soon as the Western countries fulfil ...')?"""
    condition = forces.condition_of(sentence)
    before = sentence[: sentence.find(condition)] if condition else ""
    if not condition or not re.search(r"\b(?:will|would|ready|prepared|willing)\b", before):
        return False
    named = speaker_in(" ".join(condition.split()[:4]), book.parties)  # its subject, not 'made to Russia'
    if named is None:  # 'as soon as the Western countries fulfil ...': a side the book does not list
        return bool(re.match(r"(?:the\s+)?(?-i:[A-Z])[\w-]+\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:countries|states|side|"
                             r"government|authorities|forces|members)\b", condition))
    return named.id not in own_side


def named_so_far(party: Party, text: str) -> bool:
    """Does `text` (the document up to an item's end) name the party: one of its names, or, for a
    well-known actor, any of its forms or adjectives ('the Nigerien authorities', 'the Gabonese Republic')?"""
    actor = known_actor(party)
    forms = {party.name, *party.aliases, *((*actor.forms, *actor.adjectives) if actor is not None else ())}
    # (not the host of a dateline's 'Suva, Fiji, 11 August 2023', nor of a venue: 'met in Suva')
    text = _PLACE_DATE_LINE.sub(" ", text)
    venues = set(actor.metonyms) if actor is not None else set()
    return any(re.search(rf"(?<![\w-]){'(?<!in )(?<!at )' if form in venues else ''}{re.escape(form)}(?!\w)", text)
               for form in forms if len(form) >= 3)


_PLACE_DATE_LINE = re.compile(r"(?m)^[^\n.]{0,60}\b(?:19|20)\d\d\s*$")


def names_side(side: Collection[str], sentence: str, book: PartyBook) -> bool:
    """Does the sentence name one of the parties of `side`, by a name, an alias or the state's
    word ('Russian forces')?"""
    sentence = SOMEONE_OF.sub(" ", sentence)  # 'a Palestinian attacker' is one man, not his people's side
    # from a word's start ('India' in 'Indian agents'), a short one as a whole word ('US' is not in 'caused')
    return any(speaker_in(sentence, [p]) is not None or any(
        re.search(rf"(?<!\w){re.escape(n)}" + (r"(?!\w)" if len(n) <= 3 else ""), sentence, re.I)
        for n in (p.name, *p.aliases) if n) for p in book.parties if p.id in side)
