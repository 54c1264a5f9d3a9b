"""Officials named in the order of their states: 'the Foreign Ministers of Armenia and Azerbaijan,
Zohrab Mnatsakanyan and Jeyhun Bayramov', or a heading's 'Foreign Ministers of Australia and New
Zealand' and the text's 'Foreign Minister Penny Wong and Foreign Minister Winston Peters'. Each
serves the state named in the same place, whatever the model tied them to."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named
from summariser.name_forms import party_of
from summariser.parties import PartyBook

# 'the Foreign Ministers of Armenia and Azerbaijan, Zohrab Mnatsakanyan and Jeyhun Bayramov'
_RESPECTIVELY = re.compile(r"\b(?:[A-Z][\w-]*\s+)?(?:[Mm]inisters|[Pp]residents|[Ll]eaders|[Aa]mbassadors|[Ee]nvoys|"
                           r"[Cc]ounterparts)\s+of\s+(?:the\s+)?(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+and\s+"
                           r"(?:the\s+)?(?P<b>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}),\s+(?:Mr\.?\s+|Ms\.?\s+)?"
                           r"(?P<x>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+and\s+(?:Mr\.?\s+|Ms\.?\s+)?"
                           r"(?P<y>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\b")


# a heading's pair of states, then two of one post named in the text: 'Joint Statement by the Foreign
# Ministers of Australia and New Zealand' ... 'Foreign Minister Penny Wong and Foreign Minister Winston Peters'
_HEADED_PAIR = re.compile(r"\b(?:Ministers|Presidents|Leaders|Prime\s+Ministers)\s+of\s+(?:the\s+)?"
                          r"(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+and\s+(?:the\s+)?"
                          r"(?P<b>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*$", re.M)
_SAME_POSTS = re.compile(r"\b(?P<post>(?:Foreign\s+)?Minister|President|Prime\s+Minister)\s+"
                         r"(?P<x>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+and\s+(?P=post)\s+"
                         r"(?P<y>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\b")


def _named_in_turn(text: str) -> list[re.Match[str] | dict[str, str]]:
    """The pairs of states and of officials the text gives in the same order."""
    pairs: list[re.Match[str] | dict[str, str]] = list(_RESPECTIVELY.finditer(text))
    headed = _HEADED_PAIR.search(text[: text.find("\n") if "\n" in text else len(text)])
    posts = _SAME_POSTS.search(text)
    if headed is not None and posts is not None:
        pairs.append({"a": headed["a"], "b": headed["b"], "x": posts["x"], "y": posts["y"]})
    return pairs


def link_people_named_in_turn(book: PartyBook) -> None:
    """Two officials named in the order of their states ('the Foreign Ministers of Armenia and
    Azerbaijan, Zohrab Mnatsakanyan and Jeyhun Bayramov') serve those states in turn, whatever
    the model said (it had both as Armenia's)."""
    for m in _named_in_turn(book.text):
        for state_name, person_name in ((m["a"], m["x"]), (m["b"], m["y"])):
            actor = actor_named(state_name)
            person = book.find(person_name)
            if actor is None or actor.kind != "state" or person is None or person.kind != "person":
                continue
            state = party_of(actor, book)
            if person.affiliation != state.id:
                book.notes.append(f"{person.name!r} serves {state.name!r}: the text names them in turn")
                person.affiliation = state.id
