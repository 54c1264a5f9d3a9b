"""What a listed party's name says it is, whatever kind the model gave it: 'Madrid university' is no state,
the 'Fiji Police Force' is no person."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named
from summariser.schema import Kind, Party
from summariser.titles import ORG_HINTS, PERSON_TITLE, guess_kind

# what a name's common noun says it is, whatever 'state' the model called it
_NOT_A_STATE: list[tuple[Kind, re.Pattern[str]]] = [
    ("other", re.compile(r"\b(?:university|college|school|academy|hospital|company|firm)\b", re.I)),
    ("non_state_group", re.compile(r"\b(?:party|parties|movement|rebels|militias?|apparatus|brigades?|battalions?)\b",
                                   re.I)),
    # (the head noun only: 'Tigray People', not the 'Citizens Coalition for Change')
    ("population", re.compile(r"\b(?:people|peoples|residents|citizens|civilians|population)$", re.I))]


_BODY_HEAD = re.compile(r"\s(?:Police(?:\s+Force|\s+Service)?|Armed\s+Forces|Defen[cs]e\s+Force|Coast\s+Guard|Ministry|"
                        r"Army|Navy|Directorate)$")


# a political group's name, no person's: 'Union for National Salvation', 'Patriotic Front', 'Democratic Party'
_GROUP_NAME = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+)*?(?:Union|Party|Movement|Front|Alliance|Coalition|Congress)"
                         r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?$")


_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)$|^(?:the\s+)?spokes(?:person|man|woman)\s+(?:of|for)\s", re.I)
_SOURCE = re.compile(r"\b(?:diplomats?|officials?|sources?)\b", re.I)  # 'Senior EU diplomat': a person


def kind_of_spokespeople(parties: list[Party]) -> None:
    """The model's body 'Ministry of Information spokesperson' is a post one person holds."""
    for party in [p for p in parties if p.kind != "person" and _SPOKESPERSON.search(p.name)]:
        party.kind = "person"


def kind_of_named_things(parties: list[Party]) -> None:
    """A listed 'state' no gazetteer knows, whose name says what else it is: 'Madrid university' (other), the
    'Movement Toward Socialism party' (a non-state group), 'Tigray People' (a population); and a 'person' with no
    title whose name ends in a state's body: the model's 'Fiji Police Force' (a government body)."""
    for party in [p for p in parties if p.kind == "person" and p.title is None and _BODY_HEAD.search(p.name)]:
        party.kind = "government_body"
    for party in [p for p in parties if p.kind == "person" and p.title is None and _GROUP_NAME.search(p.name)]:
        party.kind = "non_state_group"  # the model's person 'Union for National Salvation', an opposition party
    for party in [p for p in parties if p.kind == "person" and p.title is None and ORG_HINTS.search(p.name)
                  and not PERSON_TITLE.search(p.name) and not _SOURCE.search(p.name)]:  # (not 'President of ...')
        party.kind = guess_kind(party.name)  # the model's person 'Caribbean Development Bank (CDB)'
    for party in [p for p in parties if p.kind == "state" and actor_named(p.name) is None]:
        # (by an alias too: the model's 'SSA' state, also 'the Stability Support Apparatus')
        party.kind = next((kind for kind, noun in _NOT_A_STATE for name in (party.name, *party.aliases)
                           if noun.search(name)), party.kind)
