"""Officials the text names by post and name ('the Special Coordinator for Lebanon, Jeanine
Hennis-Plasschaert, had urged ...', 'President Recep Tayyip Erdoğan told ...') whom the model did
not list: the guide lists every such actor a text tells of. Added once the items are built, so
no question the model was asked changes."""

from __future__ import annotations

import re

from summariser.document import split_sentences
from summariser.gazetteer import actor_of_adjective, actors_in
from summariser.known_parties import add_speaker
from summariser.known_people import actor_served
from summariser.name_forms import party_of
from summariser.parties import PartyBook
from summariser.people import is_person_name, person_in
from summariser.posts import state_after_name
from summariser.titles import PERSON_TITLE, TITLE_WORDS

# words of a post that a name run may swallow ('Secretary of the Treasury Janet Yellen')
_POST_WORDS = {"treasury", "state", "defense", "defence", "interior", "justice", "commerce", "energy", "finance",
               "health", "labour", "labor", "agriculture", "education", "transport", "homeland", "security"}


_OWNER_BEFORE = re.compile(r"\b[A-Z][\w-]*['\u2019]s\s+$")


def add_named_officials(book: PartyBook) -> None:
    """Each person a post names beside a full name (two words or more) gets a party of their own,
    unless a listed person already bears that name or a longer form of it ('Abiy Ahmed' of 'Abiy
    Ahmed Ali')."""
    people = [set(p.name.split()) for p in book.parties if p.kind == "person"]
    for sentence in split_sentences(book.text):
        if not sentence.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
            continue  # a heading's words ('... Remarks on the British Foreign Secretary's Statement on ...')
        for title in PERSON_TITLE.finditer(sentence.text):
            # ("Uzbekistan's Minister of Foreign Affairs, Mr. Bakhtiyor Karimov": whose minister, too)
            owner = _OWNER_BEFORE.search(sentence.text, 0, title.start())
            start = owner.start() if owner else _post_start(sentence.text, title.start())
            cut = re.match(r"[\w'\u2019-]*", sentence.text[title.end() + 120 :]).end()  # (not 'Al' of 'Al-Kuwari')
            found = person_in(sentence.text[start : title.end() + 120 + cut])
            whole = person_in(sentence.text[start:]) if found is not None else None
            # (the post after the name as far as it runs: not 'Minister of African Integration and For', cut)
            found = whole if whole is not None and whole[0] == found[0] else found  # type: ignore[index]
            if found is None or len(found[0].split()) < 2 or not is_person_name(found[0]) or actors_in(found[0]) \
                    or found[0].split()[0].casefold() in _POST_WORDS or re.search(r"['\u2019]s\b|:", found[0]) \
                    or found[1].endswith(" and") \
                    or not re.search(rf"(?<!\w){re.escape(found[0])}(?!\w)", sentence.text) \
                    or any(f.startswith(f"{found[0]} ") for _, forms in actors_in(sentence.text) for f in forms):
                continue  # (not 'Communist Pa', cut short; nor 'United Arab' of 'the United Arab Emirates ...'; nor
                # 'Togolese Abroad', the end of a post's list: 'Minister of Foreign Affairs, Regional Integration and')
            if book.find(found[0]) is None and not any(set(found[0].split()) <= words for words in people):
                lead_in = f"{found[1]} {found[0]}"
                # (a post ending in a body's name reads as part of the name: '... of the IGAD Assembly Ismaïl Omar
                # Guelleh'; written after the name, as the text has it, it does not)
                lead_in = lead_in if (again := person_in(lead_in)) is not None and again[0] == found[0] \
                    else f"{found[0]}, {found[1]}"
                added = add_speaker(lead_in, book)
                people.append(set(found[0].split()))
                known = (actor_served(found[0]) or state_after_name(found[0], book.text)) \
                    if added is not None and added.affiliation is None else None
                if added is not None and known is not None and (served := party_of(known, book)).id != added.id:
                    # 'On the instructions of President Andrés Manuel López Obrador, Mexico ...': a known leader
                    added.affiliation = served.id


def _post_start(text: str, at: int) -> int:
    """Where the post that ends with the title word at `at` begins: 'Prime' of 'Israeli Prime Minister
    Benjamin Netanyahu' (whose title had been 'Minister')."""
    while (before := re.search(r"\b([A-Z][\w-]*)\s+$", text[:at])) and before[1].casefold() in TITLE_WORDS:
        at = before.start()
    # ('the Ethiopian ambassador in Djibouti, H.E. Berhanu Tsegaye': whose envoy, as the place is the host's)
    adjective = re.search(r"\b([A-Z][\w-]*)\s+$", text[:at]) if _ENVOY.match(text, at) else None
    return adjective.start() if adjective and actor_of_adjective(adjective[1]) is not None else at


_ENVOY = re.compile(r"(?i:ambassador|envoy|consul|high\s+commissioner|charg)")
