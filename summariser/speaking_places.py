"""Where a report's speaker speaks from: 'In Moscow, Foreign Ministry spokeswoman Natalia
Gromova-Lisitsyna told a briefing that Estonia was ...' is Russia's spokeswoman, whatever state the
model tied her to (a small model tends to take the state her words are about). A wire opens a
sentence with a capital to say whose side now speaks."""

from __future__ import annotations

import re

from summariser.datelines import wire_dateline_end
from summariser.document import split_sentences
from summariser.gazetteer import actors_in, states_named
from summariser.name_forms import capitals_state, known_actor
from summariser.parties import PartyBook
from summariser.posts import first_title
from summariser.schema import Party
from summariser.speaking_verbs import speaking_verb

# 'In Moscow, ...', 'Meanwhile in Bangui, ...', 'In a briefing in Moscow, ...' (not 'In March, ...')
_IN_CAPITAL = re.compile(r"^\W*(?:(?:Meanwhile|Later|Separately),?\s+)?(?i:in)\s+"
                         r"(?:(?:a|an|the)\s+[\w\s-]{1,30}?\s+in\s+)?"
                         r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),\s+(?P<rest>.+)$", re.S)


def tie_speakers_to_their_capitals(book: PartyBook) -> None:
    """A listed person who speaks in a sentence that opens with a listed state's capital serves that
    state, unless the words before the speaking verb name another actor."""
    for sentence in split_sentences(book.text):
        opened = _IN_CAPITAL.match(sentence.text)
        state = capitals_state(opened["place"], book) if opened else None
        verb = speaking_verb(opened["rest"]) if state is not None else None
        if state is None or verb is None:
            continue
        lead_in, own = opened["rest"][: verb.start()], known_actor(state)
        others = {actor.name for actor, _ in actors_in(lead_in)} | states_named(lead_in)
        if others - {own.name if own else state.name}:
            continue  # ('In Moscow, Estonian Foreign Minister X told ...': Estonia's minister visiting)
        for person in [p for p in book.parties if p.kind == "person" and p.affiliation != state.id]:
            tied = book.by_id(person.affiliation)
            if re.search(rf"(?<!\w){re.escape(person.name)}(?!\w)", lead_in) \
                    and (tied is None or tied.kind == "state"):
                book.notes.append(f"{person.name!r} speaks in {opened['place']}: {state.name!r}'s")
                person.affiliation = state.id


# a post with no state's word on it: 'Foreign Minister Margus T\u00f5nisson said in a statement'
_BARE_POST = re.compile(r"(?:(?:Deputy\s+)?(?-i:[A-Z])[a-z]+\s+)?(?:Minister|President)", re.I)  # ('Fisheries ...')


def tie_bare_posts_to_the_dateline(book: PartyBook) -> None:
    """In a wire datelined in a listed state's capital ('TALLINN, May 24 (Boreal Dispatch) -'), a person the model
    tied to no one whose post the text gives with no state's word ('Foreign Minister Margus T\u00f5nisson') is that
    state's: a wire names a foreign minister by his state ('Russian Foreign Minister ...')."""
    dateline = _dateline_capital(book)
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation is None]:
        title = person.title or first_title(person.name, book.text) or ""
        # (or the capital the text says the person spoke in: '..., Fisheries Minister X said in Oslo.')
        said = re.search(rf"{re.escape(person.name)}[^.;]{{0,40}}?\bsaid\s+in\s+(?P<place>[A-Z][\w'\u2019-]+)",
                         book.text)
        home = (capitals_state(said["place"], book) if said else None) or dateline
        if home is not None and _BARE_POST.fullmatch(title.strip()) and not states_named(title):
            book.notes.append(f"{person.name!r}, {title} in a wire from {home.name!r}'s capital: {home.name!r}'s")
            person.affiliation = home.id


def _dateline_capital(book: PartyBook) -> Party | None:
    """The listed state whose capital the text's first wire dateline names."""
    for line in re.finditer(r"(?m)^[ \t]*(?=[A-Z])", book.text[:1500]):
        if wire_dateline_end(book.text, line.end()) > line.end():
            return capitals_state(book.text[line.end() : book.text.find(",", line.end())].strip().title(), book)
    return None



# '..., a spokesperson for the Ministry of Foreign Affairs said at the weekly briefing in Islamabad'
_SAID_IN = re.compile(r"\b(?:said|told|added|stated|says)\b[^.;\"\u201c]{0,60}?\bin\s+(?P<place>[A-Z][\w'\u2019-]+)")
_STATELESS_BODY = re.compile(r"\b(?:spokes(?:man|woman|person)|ministry|office|government|presidency)\b", re.I)


def state_said_in(named: str, sentence: str, book: PartyBook) -> Party | None:
    """The listed state whose capital the sentence says a body the lead-in names without its state spoke in ('a
    spokesperson for the Ministry of Foreign Affairs said at the weekly briefing in Islamabad': Pakistan's)."""
    if not _STATELESS_BODY.search(named) or states_named(named) or actors_in(named):
        return None
    said = _SAID_IN.search(sentence)
    return capitals_state(said["place"], book) if said else None
