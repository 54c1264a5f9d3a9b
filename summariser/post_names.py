"""Posts the text gives a person: a person the model listed by a post alone ('Permanent Representative of the Syrian
Arab Republic') serves whom the post names; one titled by an honorific alone takes the post after the name."""

from __future__ import annotations

import re

from summariser.gazetteer import actors_in
from summariser.name_forms import party_of
from summariser.parties import PartyBook
from summariser.people import HONORIFICS
from summariser.posts import POSTED_TO, post_after
from summariser.titles import PERSON_TITLE, TITLE_WORDS


def link_posts_by_their_states(book: PartyBook) -> None:
    """Each untied person named by a post that names one state or organisation serves it (not where the post is
    held: "Israel's Representative to the UN" is Israel's, `POSTED_TO`)."""
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation is None]:
        if not PERSON_TITLE.search(person.name):
            continue  # a person's own name ('Mamadi Condé'): `link_people_by_their_titles` reads the text for it
        served = {actor.name: actor for actor, _ in actors_in(POSTED_TO.sub(" ", person.name))}
        if len(served) == 1 and (actor := next(iter(served.values()))).kind in ("state", "international_org"):
            party = party_of(actor, book)
            person.affiliation = party.id if party.id != person.id else None


_SMALL = {"the", "of", "for", "his", "her"}  # ('MP, today met the President ...': a clause, no post)


def posts_for_honorifics(book: PartyBook) -> None:
    """A person whose title is only an honorific ('H.E. Mr.', from 'H.E. Mr. Volodymyr
    Zelenskyy, President of Ukraine') takes the post the text gives after the name."""
    for person in book.parties:
        if person.kind == "person" and person.title and HONORIFICS.fullmatch(person.title.strip() + " "):
            post = post_after(person.name, book.text)
            # a post, not the clause that goes on ('Mr Ronald Lamola, reiterated that ...')
            titled = post[:1].isupper() and any(w.casefold() in TITLE_WORDS - _SMALL for w in post.split()[:4])
            person.title = post if titled else None


def spelled_post(post: str, title: str) -> bool:
    """Is the post the model listed by its body's acronym the title the text spells out ('ILO Director-General' and
    'Director-General of the International Labour Organization')?"""
    m = re.fullmatch(r"(?P<acronym>[A-Z]{2,6})\s+(?P<rest>[^\s].*)", post)
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w'\u2019-]*", title))
    return m is not None and m["acronym"] in initials \
        and set(m["rest"].casefold().split()) <= set(title.casefold().split())

