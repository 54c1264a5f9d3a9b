"""Whom a well-known official serves, whatever the model or a bare title in the text suggests:
'Foreign Minister Sergey Lavrov' in Poland's statement is Russia's minister, not Poland's
(`data/known_people.txt`). Only the state or organisation a person is tied to changes; who
speaks and what is said are settled elsewhere."""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from summariser.gazetteer import Actor, actor_in_title, actor_named, actors_in, without_portfolio
from summariser.name_forms import known_actor, listed_party, party_of
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.titles import post_opening, split_title


def _key(name: str) -> str:
    """Comparison form: no accents, case or punctuation ('Mélanie Joly' is 'melanie joly')."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w ]+", " ", plain.casefold()).split())


@functools.cache
def _officials() -> tuple[tuple[tuple[str, ...], Actor], ...]:
    """The rows of `data/known_people.txt`: each official's names (comparison form, first
    listed first) and the actor they serve; read once."""
    rows = resources.files("summariser").joinpath("data/known_people.txt").read_text(encoding="utf-8")
    found = []
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            names, actor_name = (part.strip() for part in line.split("|"))
            actor = actor_named(actor_name)
            if actor is None:
                raise ValueError(f"data/known_people.txt: {actor_name!r} is no actor of data/actors.txt")
            found.append((tuple(_key(name) for name in names.split(";")), actor))
    return tuple(found)


@functools.cache
def _served() -> dict[str, Actor]:
    """Each listed name, and each without its middle initials ('Joseph R. Biden' is 'Joseph Biden' too)."""
    served = {name: actor for names, actor in _officials() for name in names}
    for name, actor in list(served.items()):
        served.setdefault(" ".join(w for w in name.split() if len(w) > 1), actor)
    return served


@functools.cache
def _surnames() -> dict[str, str]:
    """Each surname that only one listed official bears (under any of the names on their line:
    'Joe Biden; Joseph R. Biden'), with that official's first listed name."""
    bearers: dict[str, set[str]] = {}
    for names, _ in _officials():
        for name in (n for n in names if n):
            bearers.setdefault(name.split()[-1], set()).add(names[0])
    return {surname: names.pop() for surname, names in bearers.items() if len(names) == 1}


def known_surname(word: str) -> bool:
    """Is `word` the surname of one well-known official ('Putin'), and of no other listed?"""
    return _key(word) in _surnames()


def actor_served(name: str) -> Actor | None:
    """The state or organisation the well-known official `name` serves, if listed; a surname
    alone ('President Putin') by the one listed official who bears it."""
    words = _key(name).split()
    if len(words) == 1 and words[0] in _surnames():
        words = _surnames()[words[0]].split()
    # ('European Integration Nicu Popescu', a post's tail the model left on the name: Nicu Popescu)
    return next((found for k in (len(words), 3, 2) if k <= len(words)
                 and (found := _served().get(" ".join(words[-k:]))) is not None), None)


def first_official_named(text: str, besides: set[str]) -> tuple[str, Actor] | None:
    """The first well-known official whom `text` names in full (two words or more, as the text spells
    them) and who serves none of the actors named `besides`, with the actor they serve."""
    named, plain = [], f" {_key(text)} "
    for name, actor in _served().items():
        words = name.split()
        if len(words) > 1 and actor.name not in besides and f" {name} " in plain \
                and (found := re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text, re.I)):
            named.append((found, actor))
    first = min(named, key=lambda row: (row[0].start(), -len(row[0][0])), default=None)
    return (first[0][0], first[1]) if first else None


def known_person_named(surname: str, book: PartyBook) -> Party | None:
    """The well-known official a bare surname means when the text gives their full name untitled ('Lai said' after
    '... three days after Lai Ching-te was sworn in'): listed, or added and tied to the state they serve."""
    for m in re.finditer(rf"(?<![\w-])(?:{re.escape(surname)}(?:\s+[A-Z][\w'\u2019-]+){{1,2}}|"
                         rf"(?:[A-Z][\w'\u2019-]+\s+){{1,2}}{re.escape(surname)})(?![\w-])", book.text):
        full = m.group(0)
        if len(_key(full).split()) >= 2 and (served := _served().get(_key(full))) is not None:
            person = book.find(full) or book.add(full, "person")
            person.affiliation = person.affiliation or party_of(served, book).id
            return person
    return None


# 'Kurti's regime', 'the Maduro government', 'the Biden administration': a leader's government
LEADERS_GOVERNMENT = re.compile(r"(?i:the\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)"
                                r"(?:['\u2019]s?)?\s+(?i:regime|government|administration|cabinet|junta)")


_PERSONS_NAME = re.compile(r"[A-Z][a-z\u00e0-\u024f'\u2019.-]+(?:\s+[A-Z][a-z\u00e0-\u024f'\u2019.-]*){1,3}")
_AGENCY_WORDS = re.compile(r"\b(?:News|Agency|Press|Novosti|Latina)\b")
_GENRE_TAIL = re.compile(r"\s+(?:Commentary|Editorial|Statement|Report)$")


@functools.cache
def _rows() -> dict[str, int]:
    """Each listed name (comparison form) with its official's row."""
    return {name: at for at, (names, _) in enumerate(_officials()) for name in names}


def known_namesake(name: str, book: PartyBook) -> Party | None:
    """The listed person whom another of the same well-known official's names names ('Jokowi' for
    'Joko Widodo'), under the fuller of the two names; None if there is none."""
    row = _rows().get(_key(name))
    same = next((p for p in book.parties if p.kind == "person" and row is not None and _rows().get(_key(p.name)) == row
                 and p.name != name), None)
    if same is not None and len(name.split()) > len(same.name.split()):
        book.rename(same, name)
    return same


def fold_known_namesakes(book: PartyBook) -> None:
    """Two listed people whom one well-known official's names each name ('Jokowi' and 'Joko Widodo', both
    in a readout): one party, under the fuller name, the other kept as its alias."""
    for person in [p for p in book.parties if p.kind == "person"]:
        same = known_namesake(person.name, book) if person in book.parties else None
        if same is not None:
            book.fold(person, same)


# a state's own council by its name ('Transitional Presidential Council', 'Sovereignty Council'), not a forum of states
_NATIONAL_BODY = re.compile(r"^(?:the\s+)?(?:Transitional|Presidential|Sovereign(?:ty)?|National|Federal|Military|"
                            r"Interim)\b(?!.*\b(?:Organi[sz]ation|Union|Community|Alliance|League|Forum|Bank|Fund|States)\b)")


def tie_known_people(book: PartyBook) -> None:
    """Tie each listed person the data knows to the actor they serve, when the book ties them to
    no actor or to another well-known one (a person tied to their own ministry keeps it)."""
    # (and the model's 'Kim Jong Un' state: a listed official, whom no gazetteer knows as a state)
    for person in [p for p in book.parties if p.kind != "state" and p.kind != "international_org"
                   or p.kind == "state" and _key(p.name) in _served() and actor_named(p.name) is None]:
        # a state's agency as the author ('KCNA Commentary'), not one that carries another's words by dateline
        agency = _GENRE_TAIL.sub("", person.name) if person.kind == "media" else None
        if agency == person.name:
            continue
        actor = actor_served(agency or person.name)
        if actor is None:
            continue
        bare, title = split_title(person.name)
        if person.kind in ("government_body", "non_state_group", "other") and title and _key(bare) in _served() \
                and _PERSONS_NAME.fullmatch(bare) and book.find(bare) is None:
            # the model's 'General Secretary To Lam' body: a listed official, titled
            person.kind, person.title = "person", person.title or title
            book.rename(person, bare)
        if person.kind in ("government_body", "non_state_group", "other", "state") and _key(person.name) in _served() \
                and _PERSONS_NAME.fullmatch(person.name) and not _AGENCY_WORDS.search(person.name):
            person.kind = "person"  # the model's 'Vladimir Putin' government body: a listed official
        if person.kind != "person" and agency is None:
            continue
        if agency is not None:
            if book.find(agency) is None:
                book.rename(person, agency)
            if person.affiliation is None and (served := party_of(actor, book)).id != person.id:
                person.affiliation = served.id  # a state's news agency speaks for that state
            continue
        # (the title as the text writes it before the name, not the model's: 'Nigerian president' for Bazoum)
        titled = person.title is not None and re.search(
            rf"(?<![\w.]){re.escape(person.title)},?\s+{re.escape(person.name)}\b", book.text) is not None
        written = actor_in_title(person.title) if titled and person.title else None
        boss = book.by_id(person.affiliation) if person.affiliation else None
        if written is not None and written.name != actor.name and written.kind == "state":
            # the post the text gives beats the list, which knows one post a person held: 'Estonian
            # Prime Minister Kaja Kallas' in 2023, before she served the European Union
            served = party_of(written, book)
            if served.id != person.id and (boss is None or known_actor(boss) is not written):
                person.affiliation = served.id
            continue
        tied = known_actor(boss) if boss is not None else None
        # (a body for his state is no ministry of his own: Serbia's 'Office for Kosovo and Metohija')
        brief = boss is not None and without_portfolio(boss.name) != boss.name and any(
            form in boss.name for form in actor.forms) and not actors_in(without_portfolio(boss.name))
        # (nor a 'state' the gazetteer does not know: the model's 'Serbs in Kosovo and Metohija' for Kurti)
        # (nor the organisation whose own release it is, whose post the text names first: 'The OSCE
        # Chairperson-in-Office, Finnish Foreign Minister Elina Valtonen')
        if tied is not None and tied.kind == "international_org" \
                and post_opening(person.name, book.text).startswith(tied.forms) \
                and any(f in book.text[: book.text.find("\n") + 1] for f in tied.forms):
            continue
        if boss is not None and tied is None and boss.kind == "international_org" and boss.affiliation is None \
                and _NATIONAL_BODY.search(boss.name) and actor.kind == "state" \
                and (served := party_of(actor, book)).id != boss.id:
            # the model's 'Transitional Presidential Council' organisation, which Edgard Leblanc Fils chairs: Haiti's
            book.notes.append(f"{boss.name!r} is a body of {served.name!r}, whom {person.name!r} serves")
            boss.kind, boss.affiliation = "government_body", served.id
            continue
        # (nor a state's leader: 'Kim Yo Jong, the influential sister of leader Kim Jong Un' serves North Korea;
        # the Secretary-General's spokesman stays his)
        if boss is None or brief or (tied is not None and tied.name != actor.name) \
                or boss.kind == "person" and actor.kind == "state" \
                or (tied is None and boss.kind == "state" and re.search(r"\s(?!(?:of|the|and)\b)[a-z]", boss.name)):
            served = party_of(actor, book)
            if served.id != person.id:
                book.notes.append(f"{person.name!r} serves {served.name!r}")
                person.affiliation = served.id
    name_bare_governments(book)  # ('Federal Government', whose Scholz serves Germany)


_BARE_GOVERNMENT = re.compile(r"(?:the\s+)?(?:federal\s+|national\s+)?government", re.I)


def name_bare_governments(book: PartyBook) -> None:
    """'The Federal Government' over a German readout names no state: the model's bare government is
    the state that the well-known officials it lists as serving it serve (Scholz: Germany)."""
    for body in [p for p in book.parties if p.kind == "government_body" and p.affiliation is None
                 and _BARE_GOVERNMENT.fullmatch(p.name)]:
        staff = [p for p in book.parties if p.kind == "person" and p.affiliation == body.id]
        served = {actor_served(p.name) for p in staff} - {None}
        if len(served) != 1 or (state := served.pop()).kind != "state":  # type: ignore[union-attr]
            continue
        listed = listed_party(state, book)
        if listed is not None and listed.id != body.id:
            book.fold(body, listed)
        else:
            body.kind = "state"
            book.rename(body, state.name)
