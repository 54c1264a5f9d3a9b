"""A post listed as a party with no name ('Prime Minister' in Downing Street's readouts): whose post
it is, where the text puts a state's word on it ('the first visit by a British Prime Minister to
Ireland'), whatever state the model tied it to (`known_parties.complete_book` calls this)."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named, actor_of_adjective, actors_in
from summariser.headings import counterpart_in
from summariser.known_people import actor_served
from summariser.name_forms import known_actor, listed_party, party_of, voice_state
from summariser.parties import PartyBook
from summariser.people import is_person_name, only_titles
from summariser.posts import bare_foreign_post, title_before
from summariser.schema import Party
from summariser.titles import PERSON_TITLE


def tie_bare_posts(book: PartyBook) -> None:
    """A bare post serves the one state whose word the text puts on it: 'a British Prime Minister'."""
    # (a body is no post: 'Ministry of National Defence', the issuer, beside 'the Turkish Ministry of National Defence')
    for post in [p for p in book.parties if p.kind in ("person", "government_body", "other") and only_titles(p.name)
                 and not _BODY.search(p.name)]:
        words = {m["adjective"] for m in re.finditer(rf"\b(?i:a|an|the)\s+(?P<adjective>[A-Z][a-z]+)\s+"
                                                     rf"{re.escape(post.name)}\b", book.text)}
        states = {actor.name: actor for w in words if (actor := actor_of_adjective(w)) is not None
                  and actor.kind == "state"}
        # 'The Prime Minister said the UK would continue to work closely with Ukraine': its own state
        states = states or {actor.name: actor for m in re.finditer(
            rf"\b(?i:the)\s+{re.escape(post.name)}\s+(?:said|added|confirmed|stressed|made\s+clear)\s+(?:that\s+)?"
            r"(?:the\s+)?(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:would|will)\s", book.text)
            if (actor := actor_named(m["state"])) is not None and actor.kind == "state"}
        if len(states) == 1 and (state := party_of(next(iter(states.values())), book)).id != post.id:
            post.affiliation, post.kind = state.id, "person"


_BODY = re.compile(r"\b(?:Ministry|Department|Office|Council|Commission|Committee|Agency|Service|Forces|Army|Navy|"
                   r"Guard|Secretariat|Directorate|Bureau)\b")


# a post at the issuing organisation, named only so: 'Hela Ben Salem, North Africa researcher at the organisation'
_AT_THE_ORGANISATION = r",\s+[^.;\n]{0,80}?\b(?:at|of|with|for)\s+the\s+(?:organi[sz]ation|group|NGO)\b"


def tie_staff_to_issuer(book: PartyBook, issuer: Party | None) -> None:
    """A person the text says works 'at the organisation' serves the organisation that issues the text
    (not 'North Africa', the region in her post that the model took for her state)."""
    if issuer is None or issuer.kind not in ("international_org", "non_state_group", "other"):
        return
    for person in [p for p in book.parties if p.kind == "person" and p.id != issuer.id]:
        if re.search(rf"\b{re.escape(person.name)}{_AT_THE_ORGANISATION}", book.text):
            person.affiliation = issuer.id


def tie_posts_to_voices_state(book: PartyBook, voice: Party | None) -> None:
    """A bare post in a statement its own government's post issues ('The President welcomes ...', in a
    statement by the Press Secretary of the United States) serves the same state: no call's other
    side is named that it could belong to."""
    state = book.by_id(voice.affiliation) if voice is not None and voice.affiliation else None
    if state is None or state.kind != "state" or is_person_name(voice.name) or not PERSON_TITLE.search(voice.name) \
            or counterpart_in(book.text):
        return
    for post in [p for p in book.parties if p.kind == "person" and p.affiliation is None and p.id != voice.id
                 and only_titles(p.name) and not _BODY.search(p.name)]:
        post.affiliation = state.id


def tie_officials_to_voices_state(book: PartyBook, voice: Party | None) -> None:
    """A listed person of no side whom a state's own statement names by a bare foreign-affairs post
    ('Foreign Minister Diana Mondino stated' in Argentina's statement) is that state's official."""
    state = voice if voice is not None and voice.kind == "state" else book.by_id(voice.affiliation) if voice else None
    if state is None or state.kind != "state":
        return
    # (not a well-known official of another state: 'Foreign Minister Wang Yi' in Japan's press conference; and one the
    # model tied to another state only when no state's name follows his: 'Foreign Minister Hesham Fawzy discussed ...'
    # in Egypt's briefing on Libya, not 'Foreign Minister Ahmed Attaf of Algeria')
    for person in [p for p in book.parties if p.kind == "person" and actor_served(p.name) in (None, known_actor(state))
                   and (p.affiliation is None or _tied_elsewhere(p, state, book))]:
        if bare_foreign_post(title_before(person.name, book.text) or "", person.name, book.text):
            person.affiliation = state.id


def _tied_elsewhere(person: Party, state: Party, book: PartyBook) -> bool:
    """Is the person tied to another state that nothing after the name's first mention names?"""
    tied = book.by_id(person.affiliation)
    at = book.text.find(person.name)
    return tied is not None and tied.kind == "state" and tied.id != state.id and at >= 0 \
        and not actors_in(book.text[at + len(person.name) : at + len(person.name) + 60])


def tie_posts_to_voices_org(book: PartyBook, voice: Party | None) -> None:
    """A bare post in an organisation's text ('The Council invites the High Representative and the
    Commission to ...' in EU Council conclusions) is the organisation's own, not the state the
    conclusions are about, unless the text gives the post to that state ("Turkey's Foreign Minister")."""
    # (an organisation's text, not its official's: 'I call on the President and the Government' in the UN High
    # Commissioner's statement on Kenya is Kenya's President)
    org = voice if voice is not None and voice.kind == "international_org" else (
        book.by_id(voice.affiliation) if voice is not None and voice.affiliation and voice.kind != "person" else None)
    if org is None or org.kind != "international_org":
        return
    for post in [p for p in book.parties if p.kind == "person" and p.affiliation and p.id != voice.id  # type: ignore[union-attr]
                 and only_titles(p.name) and not _BODY.search(p.name)]:
        state = book.by_id(post.affiliation)  # type: ignore[arg-type]
        if state is not None and state.kind == "state" \
                and not any(listed_party(actor, book) is state for owner in _owners_in_text(post.name, book.text)
                            if (actor := actor_named(owner)) is not None):
            post.affiliation = org.id


# a government's own department, named with no state: 'the Department of State', 'the Foreign Ministry'
_OWN_DEPARTMENT = re.compile(r"^(?:the\s+)?(?:(?:Foreign|Defen[cs]e|Interior|State|Finance)\s+"
                             r"(?:Ministry|Department|Office)|(?:Ministry|Department)\s+(?:of|for)\s|(?:Department\s+of\s+the\s+)?Treasury$|"
                             r"Presidential\s+Office$|Office\s+of\s+the\s+(?:President|Prime\s+Minister)$)", re.I)


def tie_own_departments(book: PartyBook, voice: Party | None) -> None:
    """A department the text names without a state ('Today, the Department of State is imposing
    sanctions ...' in a U.S. statement) is the speaking state's own: it is on the voice's side,
    not a party the voice accuses or asks."""
    if voice is None or voice.kind != "state":
        return
    for body in [p for p in book.parties if p.kind == "government_body" and p.affiliation is None and p.id != voice.id]:
        if _own_department(body.name, book.text):
            body.affiliation = voice.id


def own_department_of(body: Party, book: PartyBook) -> Party | None:
    """The speaking state whose own a department the text names without a state is (`tie_own_departments`), for one
    added as a sentence's speaker ('The Ministry of Foreign Affairs rejects the claim ...' in Israel's statement)."""
    home = voice_state(book)
    return home if home is not None and home.id != body.id and _own_department(body.name, book.text) else None


def _own_department(name: str, text: str) -> bool:
    return _OWN_DEPARTMENT.match(name) is not None and not actors_in(name) \
        and not any(actor_of_adjective(word) for word in name.split()) \
        and not _owners_in_text(name, text)  # (not "Iran's Ministry of Petroleum")


def _owners_in_text(name: str, text: str) -> set[str]:
    """The well-known states the text gives a body to, by name or word ("Ukraine's General Staff",
    'the Iranian Ministry of ...')."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    owners = set()
    for before in re.finditer(rf"(?P<word>[A-Z][\w-]*)(?P<owned>['\u2019]s)?\s+{re.escape(bare)}\b", text):
        actor = actor_named(before["word"]) if before["owned"] else actor_of_adjective(before["word"])
        owners |= {actor.name} if actor is not None and actor.kind == "state" else set()
    owners |= {actor.name for actor, _ in actors_in(name) if actor.kind == "state"}  # 'Prime Minister of Türkiye'
    return owners


def tie_owned_bodies(book: PartyBook) -> None:
    """A body the model listed by its bare name ('General Staff') serves the one listed state the text
    gives it to ("Ukraine's General Staff said its forces had struck the depot")."""
    for body in [p for p in book.parties if p.kind == "government_body" and p.affiliation is None]:
        owners = _owners_in_text(body.name, book.text) if not actors_in(body.name) else set()
        state = book.find(owners.pop()) if len(owners) == 1 else None
        if state is not None and state.kind == "state" and state.id != body.id:
            body.affiliation = state.id


# the office of a state's head that issues a readout: 'Presidency of the Republic of Tunisia', 'Office of the President'
_HEADS_OFFICE = re.compile(r"^(?:the\s+)?(?:Presidency|Office\s+of\s+the\s+(?:President|Prime\s+Minister)|"
                           r"President['\u2019]s\s+Office|Prime\s+Minister['\u2019]s\s+Office)\b", re.I)
_OWN_HEADS_POST = re.compile(r"^(?:the\s+)?(?:President(?:\s+of\s+the\s+Republic)?|Head\s+of\s+State|"
                             r"Prime\s+Minister)$", re.I)


def tie_head_to_heads_office(book: PartyBook, voice: Party | None) -> None:
    """The bare post of a head ('President of the Republic') in a readout its own office issues ('Presidency of the
    Republic of Tunisia') is that state's head, whatever side the model gave it (it had Libya's, the caller's)."""
    state = book.by_id(voice.affiliation) if voice is not None and voice.affiliation else None
    if state is None or state.kind != "state" or not _HEADS_OFFICE.match(voice.name):
        return
    for post in [p for p in book.parties if p.id != voice.id and _OWN_HEADS_POST.match(p.name)]:
        post.affiliation, post.kind = state.id, "person"
