"""Who placed a call or made a statement, when a readout's heading names only the other side
('Telephone conversation with President of Türkiye ...') or a lead-in names the maker ('Secretary
General ... made the following statement:'): the first lines name them once, then use a title."""

from __future__ import annotations

import re

from summariser import headings
from summariser.gazetteer import actor_named
from summariser.known_people import first_official_named
from summariser.mastheads import dateline_state
from summariser.name_forms import known_actor, party_of
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.people import actors_named, is_person_name, only_titles
from summariser.schema import Party
from summariser.titles import PERSON_TITLE, split_title

# 'Vladimir Putin had a telephone conversation with ...': the one who places the call
PLACED_CALL = re.compile(r"(?m)^\W*(?P<who>[A-Z][^\n,.;]{1,60}?)\s+(?:had|held)\s+an?\s+"
                          r"(?:(?:telephone|phone|video)\s+)?(?:conversation|call|talk)\s+with\b")


def name_call_placer(book: PartyBook) -> None:
    """'Vladimir Putin had a telephone conversation with Prime Minister of Hungary Viktor
    Orban': a Kremlin readout names the one who placed the call once, then calls him 'the
    President of Russia'. When the model listed one person by title alone besides the one the
    heading says was called, that is the caller, named as the first line names him (or folded
    into him, when the model listed him by name too)."""
    placed = PLACED_CALL.search(book.text, 0, 600)
    who = placed["who"].strip() if placed else ""
    caller = speaker_in(who, book.parties)
    if caller is None and not is_person_name(who) or caller is not None and caller.kind != "person":
        return
    called = headings.counterpart_in(book.text) or ""
    titled = [p for p in book.parties if p.kind == "person" and p is not caller and only_titles(p.name)
              and speaker_in(called, [p]) is None and not actors_named(p.name) & actors_named(called)]
    if not titled and caller is None:
        # ('Vladimir Putin had a telephone conversation with ...', the model having listed only the one called:
        # he is a party, whom 'The President of Russia' and the 'He' after it mean)
        book.add(who, "person")
        return
    if len(titled) != 1:
        return
    title = titled[0].name
    if caller is None:
        book.rename(titled[0], who)
        caller = titled[0]
    else:
        book.fold(titled[0], caller)
    caller.title = caller.title or title
    states = [book.find(name) for name in actors_named(title)]  # 'Russian President' acts for Russia
    if caller.affiliation is None and len(states) == 1 and states[0] is not None:
        caller.affiliation = states[0].id


def named_maker(text: str) -> str | None:
    """A named official whom the lead-in says made the statement that follows (the Council of
    Europe's 'Secretary General ... made the following statement:' under a bare 'Secretary
    General' heading); not an unnamed spokesperson, whose words stay the model's to give."""
    maker = headings.statement_maker(text)
    name, title = split_title(maker) if maker else (None, None)
    return maker if title and name and is_person_name(name) else None


def caller(text: str, book: PartyBook) -> Party | None:
    """Whose readout names only the other side in its heading ('Telephone conversation with
    President of Türkiye ...', the Kremlin's form): the one its first lines say had the call."""
    if headings.counterpart_in(text) is None:
        return None
    placed = PLACED_CALL.search(text, 0, 600)
    return speaker_in(placed["who"], book.parties) if placed else None


# 'Prime Minister Nikol Pashinyan holds talks with Prime Minister of Georgia Irakli Kobakhidze in Yerevan'
_HEADING_HOST = re.compile(r"^\W*(?P<who>[A-Z][^\n,.;]{1,80}?)\s+(?:holds?\s+talks|meets|receives|hosts)\s+")


def heading_host(text: str) -> str | None:
    """The words naming whom a readout's heading says holds talks with, meets or receives the other
    side it names ('Prime Minister Nikol Pashinyan'), if it says so."""
    host = _HEADING_HOST.match(headings.first_line(text)) if headings.counterpart_in(text) else None
    return host["who"] if host else None


def _host_and_guest(book: PartyBook) -> tuple[Party | None, str | None]:
    """The listed party a readout's heading says holds talks with, meets or receives someone, and the
    words naming that other side (None, None when the heading names no other side)."""
    guest = headings.counterpart_in(book.text)  # read once: `heading_host` would read it again
    host = _HEADING_HOST.match(headings.first_line(book.text)) if guest else None
    return (speaker_in(host["who"], book.parties) if host else None), guest


def name_bare_host(book: PartyBook) -> None:
    """'Foreign Minister meets Lebanese President Joseph Aoun in Beirut': a host the heading names by a bare post
    is not of the state it names its guest by, whatever state the model tied the post to. The host is the
    well-known official of another state whom the text names first ('His Highness Prince Faisal bin Farhan bin
    Abdullah, Minister of Foreign Affairs, was received ...'): named so, and tied to the state they serve."""
    host, guest = _host_and_guest(book)
    guests_states = actors_named(guest or "")
    tied = book.by_id(host.affiliation) if host is not None and host.affiliation else None
    if host is None or host.kind != "person" or not only_titles(host.name) or tied is None \
            or (actor := known_actor(tied)) is None or actor.name not in guests_states:
        return
    official = first_official_named(book.text, guests_states)
    if official is None:
        return
    name, served = official
    book.notes.append(f"{host.name!r} is {name!r} of {served.name!r}: the heading names the guest by {actor.name!r}")
    host.affiliation = party_of(served, book).id
    if speaker_in(name, book.parties) is None:
        host.title = host.title or host.name
        book.rename(host, name)


def host_state(book: PartyBook) -> Party | None:
    """The state of whoever a readout's heading says holds talks with, meets or receives the other side it
    names: the state the readout speaks for."""
    found, _ = _host_and_guest(book)
    state = book.by_id(found.affiliation) if found is not None and found.kind == "person" else found
    return state if state is not None and state.kind == "state" else None


def tie_host_to_voice(book: PartyBook, voice: Party | None) -> None:
    """The host a readout's heading names ('Prime Minister Navinchandra Ramgoolam receives External Affairs
    Minister S. Jaishankar ...') serves the state the readout speaks for, not the guest's, whatever state
    the model tied them to: host and guest are the two sides of the meeting."""
    state = voice if voice is not None and voice.kind == "state" else None
    found, guest_words = _host_and_guest(book) if state is not None else (None, None)
    guest = speaker_in(guest_words, book.parties) if found is not None and guest_words else None
    if found is not None and found.kind == "person" and guest is not None and found is not guest \
            and found.affiliation is not None and found.affiliation in (guest.affiliation, guest.id) \
            and found.affiliation != state.id:  # type: ignore[union-attr]
        book.notes.append(f"{found.name!r} serves {state.name!r}: the heading names them the host")  # type: ignore[union-attr]
        found.affiliation = state.id  # type: ignore[union-attr]


def tie_host_to_dateline(book: PartyBook) -> None:
    """'Head of Government receives Prime Minister of Algeria', datelined 'Tunis': the host the heading names is
    of the dateline's state, not of the guest's, whatever state the model tied them to (or none: the model's state
    'Head of State' of 'The Head of State receives the Prime Minister of Cameroon', under 'N'Djamena')."""
    host, guest = _host_and_guest(book)
    if host is not None and host.kind == "state" and actor_named(host.name) is None and PERSON_TITLE.search(host.name):
        host.kind = "person"  # a post, no state
    if host is None or host.kind != "person":
        return
    guests = actors_named(guest or "")
    tied = book.by_id(host.affiliation) if host.affiliation else None
    if tied is not None and ((actor := known_actor(tied)) is None or actor.name not in guests):
        return
    home = dateline_state(book.text, book)
    if home is not None and home.kind == "state" and home is not tied and (known := known_actor(home)) is not None \
            and known.name not in guests:
        book.notes.append(f"{host.name!r} serves {home.name!r}: the heading's host, under its dateline")
        host.affiliation = home.id
