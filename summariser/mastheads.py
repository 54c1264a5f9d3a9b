"""What a release's masthead and dateline say of whom its speakers serve: 'MOSCOW, 17 July 2023'
over a statement puts its issuer in Russia, and the OSCE's own release makes the minister holding
its chair speak for the OSCE, not for his state (`known_parties.complete_book` consults both)."""

from __future__ import annotations

import re

from summariser import headings
from summariser.gazetteer import actor_named
from summariser.name_forms import listed_party, party_of
from summariser.parties import PartyBook
from summariser.schema import Party


def serve_the_masthead(book: PartyBook) -> None:
    """'OSCE Chairman-in-Office, Minister of Foreign Affairs of North Macedonia Bujar Osmani' in the
    OSCE's own release speaks for the OSCE, not for the state whose minister holds the chair: a
    person whose post opens with the organisation the masthead names serves it."""
    masthead = book.text[: book.text.find("\n") + 1]
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation]:
        org = actor_named((person.title or person.name).split()[0])
        tied = book.by_id(person.affiliation)  # type: ignore[arg-type]
        state = actor_named(tied.name) if tied is not None else None  # (by its name: its kind may be wrong yet)
        if org is not None and org.kind == "international_org" and state is not None and state.kind == "state" \
                and any(re.search(rf"\b{re.escape(form)}\b", masthead) for form in org.forms):
            person.affiliation = party_of(org, book).id


_DATELINE = re.compile(r"^\W*(?P<city>[A-Z][A-Za-z.' -]{2,30}?)\s*(?:,|\u2014|\u2013|--| - )")


def dateline_state(text: str, book: PartyBook) -> Party | None:
    """The listed state whose capital a heading's dateline names ('MOSCOW, 17 July 2023',
    'Addis Ababa, December 2023'): where the issuer speaks from."""
    for line in headings.heading_lines(text):
        m = _DATELINE.match(line)
        city = m.group("city").title() if m else ""
        actor = actor_named(city)
        if actor is not None and actor.kind == "state" and city in {c.title() for c in actor.metonyms}:
            return listed_party(actor, book)
    return None
