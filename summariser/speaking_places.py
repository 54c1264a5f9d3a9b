"""Where a report's speaker speaks from: 'In Moscow, Foreign Ministry spokeswoman Natalia
Gromova-Lisitsyna told a briefing that Estonia was ...' is Russia's spokeswoman, whatever state the
model tied her to (a small model tends to take the state her words are about). A wire opens a
sentence with a capital to say whose side now speaks."""

from __future__ import annotations

import re

from summariser.document import split_sentences
from summariser.gazetteer import actors_in, states_named
from summariser.name_forms import listed_party
from summariser.parties import PartyBook
from summariser.speaking_verbs import speaking_verb

# 'In Moscow, ...', 'Meanwhile in Bangui, ...', 'In a briefing in Moscow, ...' (not 'In March, ...')
_IN_CAPITAL = re.compile(r"^\W*(?:(?:Meanwhile|Later|Separately),?\s+)?(?i:in)\s+"
                         r"(?:(?:a|an|the)\s+[\w\s-]{1,30}?\s+in\s+)?"
                         r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),\s+(?P<rest>.+)$", re.S)


def tie_speakers_to_their_capitals(book: PartyBook) -> None:
    """A listed person who speaks in a sentence that opens with a listed state's capital serves that
    state, unless the words before the speaking verb name another actor ('In Moscow, Estonian
    Foreign Minister X told ...' is Estonia's minister visiting)."""
    for sentence in split_sentences(book.text):
        opened = _IN_CAPITAL.match(sentence.text)
        found = actors_in(opened["place"]) if opened else []
        if len(found) != 1 or found[0][0].kind != "state" or opened["place"] not in found[0][0].metonyms:
            continue
        state = listed_party(found[0][0], book)
        verb = speaking_verb(opened["rest"])
        if state is None or verb is None:
            continue
        lead_in = opened["rest"][: verb.start()]
        if any(actor.name != found[0][0].name for actor, _ in actors_in(lead_in)) \
                or states_named(lead_in) - {found[0][0].name}:
            continue
        for person in [p for p in book.parties if p.kind == "person" and p.affiliation != state.id]:
            tied = book.by_id(person.affiliation)
            if re.search(rf"(?<!\w){re.escape(person.name)}(?!\w)", lead_in) \
                    and (tied is None or tied.kind == "state"):
                book.notes.append(f"{person.name!r} speaks in {opened['place']}: {state.name!r}'s")
                person.affiliation = state.id
