"""Who follows a voice the text overturns: the officials and bodies the model tied to the voice it chose
(its 'Foreign Ministry Spokesperson', its 'Ministry of Foreign Affairs') speak for the one the text names; and the
name a joint statement gives its signatories together (the 'Quad'), which is theirs, not a voice of its own."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_in_title, actors_in
from summariser.name_forms import listed_party
from summariser.parties import PartyBook, norm
from summariser.people import only_titles
from summariser.schema import Party

SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)\b", re.I)


def follow_new_voice(book: PartyBook, old: Party, new: Party) -> None:
    """The model's officials and bodies tied to `old` serve `new`. A body whose name gives its state ('Philippine
    Coast Guard') keeps it, and so does a person named (President Macron stays France's in the Kremlin's readout),
    unless a spokesperson (Maria Zakharova follows the voice to Russia) or the minister of a ministry that follows
    ('Minister of Foreign and Diaspora Affairs, Donika Gërvalla-Schwarz' beside the 'Ministry of Foreign and
    Diaspora Affairs' under Kosovo's masthead)."""
    home = new.affiliation if new.kind == "person" and new.affiliation is not None else new.id
    for party in book.parties:
        named = party.kind == "person" and not only_titles(party.name) and not SPOKESPERSON.search(party.title or "")
        # (nor a group of the old voice's own: 'Republika Srpska', the model's for Bosnia and Herzegovina)
        named = named or party.kind not in ("person", "government_body")
        if party.affiliation == old.id and actor_in_title(party.title or party.name) is None and not named:
            # (a ministry serves the new voice's state, not the person: 'Vladimir Putin had a ... conversation')
            party.affiliation = home if party.kind == "government_body" else new.id
    posts = {norm(re.sub(r"^Ministry\b", "Minister", body.name)) for body in book.parties
             if body.kind == "government_body" and body.affiliation == home}
    for person in book.parties:
        if person.kind == "person" and person.affiliation == old.id and person.title and norm(person.title) in posts:
            person.affiliation = home



# a name the text gives the signatories together: '... and the Arab Republic of Egypt (the "Quad") met ...'
_GROUP_NAMED = re.compile(r"\(\s*(?:the\s+)?[\"\u201c](?P<name>[A-Z][^\"\u201d]{1,40})[\"\u201d]\s*\)")


def signatories_group(book: PartyBook, signed: set[str]) -> Party | None:
    """The listed party the text names as the signatories together ('the Foreign Ministers of the United States
    ..., the United Arab Emirates and the Arab Republic of Egypt (the "Quad")'): no side of its own, but theirs."""
    for m in _GROUP_NAMED.finditer(book.text):
        before = book.text[max(0, m.start() - 400) : m.start()].rsplit(".", 1)[-1]
        listed = {p.id for actor, _ in actors_in(before) if (p := listed_party(actor, book)) is not None}
        if len(listed & signed) >= 2 and (group := book.find(m["name"])) is not None and group.id not in signed:
            return group
    return None
