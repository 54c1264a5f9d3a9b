"""Names the model shortened, completed from the text: 'Fattah El-Sisi' is 'Abdel Fattah El-Sisi', 'Seo' beside 'Seo
Jung-hoon' is him. `known_parties.complete_book` asks here once the sentences are read."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named
from summariser.parties import PartyBook
from summariser.titles import NAME_PARTICLES, PERSON_TITLE, TITLE_WORDS, with_first_name
from summariser.written_names import HEADLINE_VERBS


def complete_first_names(book: PartyBook) -> None:
    """A person the model named without the first of three names ('Fattah El-Sisi' where the text writes 'President
    Abdel Fattah El-Sisi'), or by the surname alone ('Takaichi' where it writes 'Prime Minister Sanae Takaichi'), takes
    it, the short form kept as an alias. Done once the sentences are read: the names the model was shown stay."""
    for party in book.parties:
        # (not a post: 'Maldivian President' is no 'Meets Maldivian President' of the headline before it)
        full = with_first_name(party.name, book.text, most_words=2) if party.kind == "person" \
            and len(party.name.split()) in (1, 2) and not PERSON_TITLE.search(party.name) else party.name
        if len(party.name.split()) == 1 and not _whole_name(full, book.text):
            continue  # 'Lula' is not 'Inacio Lula' of 'Luiz Inacio Lula da Silva'
        if re.match(rf"(?:{HEADLINE_VERBS})\s", full):
            continue  # a headline's verb: '... Hosts Polish Counterpart' names no one 'Hosts'
        if (other := book.find(full)) is None or other is party:
            book.rename(party, full)
        elif other.kind == "person":  # 'Federal Councillor Cassis' listed beside 'Ignazio Cassis': one person
            book.fold(party, other)
    for party in [p for p in book.parties if p.kind == "person" and " " not in p.name]:
        # 'President Lula' listed beside 'President Lula da Silva', 'Xi' beside 'Xi Jinping': one person,
        # when one other person of the same side (or of none) bears the word in a longer name
        # (names only: not 'Secretary-General' beside 'Spokesperson for the Secretary-General')
        longer = [q for q in book.parties if q.kind == "person" and q is not party and party.name in q.name.split()
                  and (party.affiliation is None or q.affiliation in (None, party.affiliation)
                       or _one_state(book, q.affiliation, party.affiliation))  # ('Republic of Korea', 'South Korea')
                  and not PERSON_TITLE.search(q.name) and not PERSON_TITLE.search(party.name)
                  and not re.search(rf"\b(?:in|of|from|at)\s+{re.escape(party.name)}\b", q.name)]  # ('... in Moroni')
        # ('Vice President Teodoro Nguema Obiang Mangue, known as Teodorín': one person, by a name the text gives him)
        known = re.search(rf"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{1,4}}),\s+(?:known|nicknamed)\s+as\s+[\"\u201c']?"
                          rf"{re.escape(party.name)}\b", book.text)
        longer = longer or [q for q in book.parties if known and q.kind == "person" and q is not party
                            and f" {known[1]}".endswith(f" {q.name}")]
        if len(longer) == 1:
            book.fold(party, longer[0])
    for party in [p for p in book.parties if p.kind != "person"]:
        # "Somalia's semi-autonomous Puntland region" beside the listed 'Puntland': one side, described
        described = _DESCRIBED_PLACE.match(party.name) or _DESCRIBED_ACTOR.match(party.name)
        if described is not None and (named := book.find(described["name"])) is not None and named is not party:
            book.fold(party, named)


# ... or an actor: 'UN refugee agency UNHCR' beside the listed 'UNHCR'
_DESCRIBED_ACTOR = re.compile(r"^(?:the\s+)?(?:[A-Z]{2,}\s+)?(?:[a-z-]+\s+){1,3}(?P<name>[A-Z][\w'\u2019-]*"
                              r"(?:\s+[A-Z][\w'\u2019-]*){0,3})$")
# a place the model listed with its description: "Somalia's semi-autonomous Puntland region"
_DESCRIBED_PLACE = re.compile(r"^(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?['\u2019]s\s+"
                              r"(?:[a-z-]+\s+){1,3}(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s+"
                              r"(?:region|province|state|territory|enclave|district)$")


def _one_state(book: PartyBook, one: str | None, other: str | None) -> bool:
    names = [p.name for pid in (one, other) if (p := book.by_id(pid or "")) is not None]
    return len(names) == 2 and actor_named(names[0]) is not None and actor_named(names[0]) == actor_named(names[1])


def _whole_name(name: str, text: str) -> bool:
    """Does the text write `name` whole somewhere: after a title, a small word or a line's start,
    and before no further part of a name?"""
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 40) : m.start()])
        after = re.match(r"\s+(\S+)", text[m.end() :])
        opens = before is None or not before[1][:1].isupper() or before[1].lower().strip(",.") in TITLE_WORDS
        ends = after is None or not (after[1][:1].isupper() or after[1] in NAME_PARTICLES)
        if opens and ends:
            return True
    return False
