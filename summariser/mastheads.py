"""What a release's masthead and dateline say of whom its speakers serve: 'MOSCOW, 17 July 2023'
over a statement puts its issuer in Russia, and the OSCE's own release makes the minister holding
its chair speak for the OSCE, not for his state (`known_parties.complete_book` consults both)."""

from __future__ import annotations

import re

from summariser import headings
from summariser.gazetteer import actor_named, actors_in
from summariser.name_forms import capitals_state, listed_party, party_of
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.titles import post_opening


def serve_the_masthead(book: PartyBook) -> None:
    """'OSCE Chairman-in-Office, Minister of Foreign Affairs of North Macedonia Bujar Osmani' in the
    OSCE's own release speaks for the OSCE, not for the state whose minister holds the chair: a
    person whose post opens with the organisation the masthead names serves it (and a ministry of several
    portfolios is one body: `fold_portfolio_pieces`)."""
    fold_portfolio_pieces(book)
    masthead = book.text[: book.text.find("\n") + 1]
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation]:
        org = actor_named((person.title or person.name).split()[0])
        # ('The OSCE Chairperson-in-Office, Finnish Foreign Minister Elina Valtonen': her first title)
        written = post_opening(person.name, book.text).split()
        org = org or (actor_named(written[0]) if written else None)
        tied = book.by_id(person.affiliation)  # type: ignore[arg-type]
        state = actor_named(tied.name) if tied is not None else None  # (by its name: its kind may be wrong yet)
        if org is not None and org.kind == "international_org" and state is not None and state.kind == "state" \
                and any(re.search(rf"\b{re.escape(form)}\b", masthead) for form in org.forms):
            person.affiliation = party_of(org, book).id


# a ministry of several portfolios: 'Ministry of Foreign Affairs, the National Community Abroad and African Affairs'
_MINISTRY_OF_SEVERAL = re.compile(r"\bMinistry[^\S\n]+of[^\S\n]+(?P<first>[A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0,3})"
                                  r"(?P<rest>(?:(?:,|[^\S\n]+and)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'-]*"
                                  r"(?:[^\S\n]+[A-Z][\w'-]*){0,3}){1,4})")


def fold_portfolio_pieces(book: PartyBook) -> None:
    """The model's 'National Community Abroad' and 'African Affairs' bodies, written only as portfolios of the
    'Ministry of Foreign Affairs, the National Community Abroad and African Affairs': that one ministry."""
    chains = list(_MINISTRY_OF_SEVERAL.finditer(book.text))
    for chain in chains:
        ministry = book.find(chain[0]) or book.find(f"Ministry of {chain['first']}")
        pieces = re.split(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", chain["rest"].strip(" ,"))
        for piece in filter(None, (book.find(p.strip()) for p in pieces if p.strip())):
            spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(piece.name)}(?!\w)", book.text)]
            if ministry is not None and piece is not ministry and piece.kind != "state" and all(
                    any(c.start() < at < c.end() for c in chains) for at in spots):
                book.fold(piece, ministry)


def serve_the_heading_state(book: PartyBook) -> None:
    """'MINISTRY OF FOREIGN AFFAIRS' over 'GOVERNMENT OF PAKISTAN' atop a briefing: the ministry on one
    line is the state's the line beside it names, whatever state the model tied it to (India,
    whose ministry the first question quotes)."""
    lines = [line.strip() for line in headings.heading_lines(book.text)]
    # (either way up: 'BOLIVARIAN REPUBLIC OF VENEZUELA' over 'Ministry of Popular Power for Foreign Affairs')
    for line, beside in [*zip(lines, lines[1:], strict=False), *zip(lines[1:], lines, strict=False)]:
        states = [a for a, _ in actors_in(beside.title() if beside.isupper() else beside) if a.kind == "state"]
        # (not a body whose own line names its state: 'Office of the President of the Republic of Korea' over
        # 'Manila, October 7, 2024', where the President visits)
        if len(beside.split()) > 6 or len(states) != 1 or (state := listed_party(states[0], book)) is None \
                or any(a.kind == "state" for a, _ in actors_in(line)):
            continue
        for body in [p for p in book.parties if p.kind == "government_body" and p.id != state.id]:
            if body.name.casefold() == line.casefold():
                body.affiliation = state.id


_DATELINE = re.compile(r"^\W*(?P<city>[A-Z][A-Za-z.' -]{2,30}?)\s*(?:,|\u2014|\u2013|--| - )")


def dateline_state(text: str, book: PartyBook) -> Party | None:
    """The listed state whose capital a heading's dateline names ('MOSCOW, 17 July 2023',
    'Addis Ababa, December 2023'): where the issuer speaks from."""
    for line in headings.heading_lines(text):
        m = _DATELINE.match(line)
        if m is not None and (state := capitals_state(m.group("city"), book)) is not None:
            return state
    return None
