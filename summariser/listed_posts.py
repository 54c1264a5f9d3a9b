"""People the model listed by a post it cut or split ('Adviser to the Prime Minister and Official
Spokesperson of the Ministry of', 'Central Committee'): named from the text, where the whole post
stands beside a name."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_in_title
from summariser.name_forms import party_of
from summariser.parties import PartyBook
from summariser.people import is_person_name, person_in


def name_cut_off_posts(book: PartyBook) -> None:
    """A person the model listed by a post it cut off mid-phrase ('Adviser to the Prime Minister
    and Official Spokesperson of the Ministry of') is the one the text names after the whole post
    ('... of the Ministry of Foreign Affairs Dr. Majed bin Mohammed Al-Ansari'); first, those split at a place."""
    name_posts_split_at_a_place(book)
    for party in book.parties:
        if party.kind != "person" or not re.search(r"\s(?:of|the|and|for|to)$", party.name):
            continue
        for m in re.finditer(re.escape(party.name), book.text):
            found = person_in(book.text[m.start() : m.start() + len(party.name) + 120].split("\n")[0] + " ")
            if found is not None:
                name, title = found
                book.rename(party, name)
                party.title = title
                party.aliases.remove(party.aliases[0])  # the cut-off post names no one
                break


def name_posts_split_at_a_place(book: PartyBook) -> None:
    """A person the model listed by a post its title split at the place it is posted to ("Morocco's ambassador
    in Geneva" read as 'Geneva', titled "Morocco's ambassador in") is the one the text names after the whole
    post ("... in Geneva, Omar Zniber, said"); with no name there, the post itself."""
    for party in book.parties:
        if party.kind != "person" or not party.title or " " in party.name \
                or not re.search(r"\s(?:in|to|at)$", party.title):
            continue
        post = f"{party.title} {party.name}"
        at = book.text.find(post)
        window = re.split(r"(?<=[.;!?])\s", book.text[at : at + len(post) + 80].split("\n")[0])[0]
        found = person_in(window + " ") if at >= 0 else None
        named = found is not None and party.name not in found[0] and book.find(found[0]) in (None, party)
        place = party.name
        party.title = post if named else None
        book.rename(party, found[0] if named else post)  # type: ignore[index]
        book.unname(party, place)  # (the place names no one)


_A_BODY = re.compile(r"\b(?:Committee|Council|Bureau|Commission|Directorate|Assembly|Politburo|Presidium)\b")


def name_people_listed_by_a_body(book: PartyBook) -> None:
    """A person the model listed by a post within a body ('Vice Department Director of the Central
    Committee of the Workers' Party of Korea', which its title split left named 'Central Committee')
    takes the name the text sets before that post ('Kim Yo Jong, Vice Department Director of ...')."""
    for person in [p for p in book.parties if p.kind == "person" and _A_BODY.search(p.name)]:
        for post in [a for a in person.aliases if person.name in a]:
            named = rf"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,3}}),\s+(?:the\s+)?{re.escape(post)}"
            m = re.search(named, book.text)
            if m and is_person_name(m["name"]) and book.find(m["name"]) in (None, person):
                old = person.name
                book.rename(person, m["name"])
                person.title, person.aliases = post, [a for a in person.aliases if a != old]
                # '... of the Workers' Party of Korea': North Korea's, whatever side the model gave
                actor = actor_in_title(post)
                if actor is not None and actor.kind == "state":
                    person.affiliation = party_of(actor, book).id
                break
