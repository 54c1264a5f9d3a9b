"""Names the model gave that are more than one actor's ('United States and India', 'France,
Germany, and the United Kingdom') or one actor's with a locator ("Sudan's Rapid Support Forces"
beside the 'Rapid Support Forces' the text names): each folds into the parties it names."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named, actor_of_adjective, actors_in
from summariser.name_forms import party_of
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.titles import names_a_post


def fold_compound_names(book: PartyBook) -> None:
    """Pairs, lists and possessive forms, in that order (before `name_forms.settle_name_forms`)."""
    fold_pairs(book)
    fold_joint_parties(book)
    fold_possessive_forms(book)
    fold_state_styles(book)


def fold_pairs(book: PartyBook) -> None:
    """A party the model named for two listed parties together ('United States and India') is
    no third actor: what it holds is the first-named's, as with any joint subject."""
    for party in list(book.parties):
        pair = re.fullmatch(r"(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)", party.name)
        first, second = [book.find(name) for name in pair.groups()] if pair and party.kind != "person" else [None, None]
        if first is not None and second is not None and len({id(first), id(second), id(party)}) == 3:
            if party is book.issuer:  # (the heading's pair issues the text together: both stay, as in gold's copies)
                book.asked_together.add(second.id)
            book.fold(party, first)
            first.aliases.remove(party.name)
            book.notes.append(f"{party.name!r} names two parties: its words are {first.name!r}'s")


# the group a list of actors may be named by: 'Foreign Ministers of Japan, the Republic of Korea and ...'
_GROUP_OF = re.compile(r"^(?:the\s+)?(?:(?:foreign\s+)?ministers|governments|leaders|heads\s+of\s+state(?:\s+and\s+"
                       r"government)?)\s+of\s+", re.I)


def fold_joint_parties(book: PartyBook) -> None:
    """A party the model named as a list of well-known actors ('France, Germany, and the United
    Kingdom', 'Foreign Ministers of Japan, the Republic of Korea and the United States') is their
    joint voice: the guide gives a stance they hold together to the first-named of them, and
    lists each as a party of its own. A name with 'and' inside one actor's name ('Bosnia and
    Herzegovina') does not split into actors, and stays as it is."""
    for party in [p for p in book.parties if p.kind != "person"]:
        pieces = [re.sub(r"^the\s+", "", x.strip(), flags=re.I)
                  for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", _GROUP_OF.sub("", party.name)) if x.strip()]
        actors = [actor_named(x) for x in pieces]
        if len(pieces) < 2 or None in actors or len({a.name for a in actors if a}) < len(actors):
            continue
        members = [party_of(a, book) for a in actors if a is not None]
        if party in members:  # ('East African Community and the Southern African Development Community', found
            continue  # as the first-named: the text's own name for the joint voice, which stays as it is)
        book.notes.append(f"{party.name!r} is {', '.join(m.name for m in members)} together: the first-named holds "
                          "their joint stances")
        book.fold(party, members[0])


def fold_possessive_forms(book: PartyBook) -> None:
    """A party the model named "Sudan's Rapid Support Forces", beside the listed 'Rapid Support
    Forces', is that group: the state's name only says where it fights, not whom it serves."""
    for party in [p for p in book.parties if p.kind != "person"]:
        m = re.fullmatch(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+(?P<rest>.+)", party.name)
        named = book.find(m["rest"]) if m else None
        if named is not None and named is not party and named.kind != "person" and named.kind != "state":
            book.notes.append(f"{party.name!r} is {named.name!r}, as the text names it")
            book.fold(party, named)


def fold_state_styles(book: PartyBook) -> None:
    """One body or post named with two styles of its state ('Ministry of Foreign Affairs of
    Armenia' and '... of the Republic of Armenia'; 'Prime Minister of Canada' and 'Canadian Prime
    Minister', both listed) is one party: the later folds into the first."""
    first: dict[tuple[str, str], Party] = {}
    for party in [p for p in book.parties if p.kind == "government_body" or p.kind == "person"]:
        # (a 'person' the model named by a post alone, 'Prime Minister of Canada', no personal name)
        key = _styled_key(party.name) if party.kind == "government_body" or (
            names_a_post(party.name) and party.title is None) else None
        into = first.setdefault(key, party) if key is not None else party
        if into is not party:
            book.fold(party, into)


def _styled_key(name: str) -> tuple[str, str] | None:
    """The body or post a name gives and the state it gives it to: ('prime minister', 'Canada')
    for both 'Prime Minister of Canada' and 'Canadian Prime Minister'."""
    adjective = re.fullmatch(r"(?:the\s+)?(?P<adj>[A-Z][\w-]+)\s+(?P<rest>[A-Z][\w\s-]+)", name)
    if adjective and (actor := actor_of_adjective(adjective["adj"])) is not None and actor.kind == "state":
        return adjective["rest"].casefold(), actor.name
    states = {a.name: a for a, _ in actors_in(name) if a.kind == "state"}
    actor = next(iter(states.values())) if len(states) == 1 else None
    for form in sorted(actor.forms if actor is not None else (), key=len, reverse=True):
        if (styled := re.search(rf"\s+of\s+(?:the\s+)?{re.escape(form)}$", name)) is not None:
            return re.sub(r"^the\s+", "", name[: styled.start()], flags=re.I).casefold(), actor.name  # type: ignore[union-attr]
    return None
