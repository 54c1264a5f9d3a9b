"""A name the model gave, as the text writes it: its capitals ('ROK', not 'Rok'), its endings
('Israeli foreign minister', not 'Israel foreign minister'), and one well-known actor's name
rather than two run together ('DPRK', not 'Korea DPRK'); and no name at all, but a clause copied
from the text. `parties.build_parties` asks here."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser.gazetteer import actor_named, actors_in
from summariser.schema import Party
from summariser.titles import BODY_HINTS, ORG_HINTS, TITLE_WORDS

if TYPE_CHECKING:  # (parties asks here: the book's type only)
    from summariser.parties import PartyBook

# a headline's verb, in its capitals: 'Foreign Minister Receives Telephone Call from ...'
HEADLINE_VERBS = (r"Receives|Holds|Meets|Speaks|Talks|Visits|Welcomes|Hosts|Condemns|Rejects|Urges|Expresses|Discusses|"
                  r"Calls|Signs|Attends|Addresses")
HEADLINE_VERB = re.compile(rf"\s(?P<verb>{HEADLINE_VERBS})\s+(?:[A-Z]\w*|with|on|for|to)\b")


def past_headline_verb(words: str) -> str:
    """Title words after a headline's verb: 'Prime Minister X Receives Turkish Foreign Minister' before
    'Hakan Fidan' -> 'Turkish Foreign Minister' (a headline's capitals run on past the post)."""
    verbs = list(HEADLINE_VERB.finditer(written := " " + words))
    return written[verbs[-1].end("verb"):].strip() if verbs else words


def as_cased(name: str, text: str) -> str:
    """The name in the text's own capitals when the model lowered some ('Rok' for 'ROK'); a
    name the model capitalised ('Armed Forces' for 'armed forces') reads better as it is."""
    if name in text:
        return name
    m = re.search(rf"\b{re.escape(name)}\b", text, re.I)
    capitals = sum(map(str.isupper, name))
    if m and m.group(0).isupper() and len(name.split()) >= 2:
        return name  # a shouted heading ('SENATOR THE HON PENNY WONG') is no spelling of the name
    return m.group(0) if m and sum(map(str.isupper, m.group(0))) > capitals else name


def _known_part(name: str, folded: str) -> str:
    """A name the text never writes ('Korea DPRK'), made only of words of a well-known actor's
    names, one of which the text writes ('DPRK'), is that name: the small model sometimes runs
    two forms of one actor together. 'Ukraine Sea Ports' is not Ukraine."""
    if name.casefold() in folded:
        return name
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for at in range(len(words) - size + 1):
            part = " ".join(words[at : at + size])
            actor = actor_named(part)
            if actor is None or not re.search(rf"\b{re.escape(part.casefold())}\b", folded):
                continue
            actor_words = {w.casefold() for form in actor.forms for w in form.split()}
            if {w.casefold() for w in words} <= actor_words:
                return part
    return name


def _with_text_endings(name: str, text: str, folded: str) -> str:
    """A name the text never writes, whose capitalised words the text writes with another
    ending ('Israel foreign minister' for 'Israeli foreign minister', 'Ukraine Ministry' for
    'Ukrainian Ministry'): the text's own form, when it writes just one."""
    words = name.split()
    if len(words) < 2 or name.casefold() in folded:  # 'Israel' alone stays a state, not 'Israeli'
        return name
    pattern = r"\s+".join(
        rf"{re.escape(w[: max(4, len(w) - 2)])}\w{{0,{len(w) - max(4, len(w) - 2) + 3}}}"
        if w[:1].isupper() and len(w) >= 4 else re.escape(w)
        for w in words)
    forms = {m.group(0) for m in re.finditer(rf"\b{pattern}\b", text)}
    return forms.pop() if len(forms) == 1 else name


def as_written(name: str, text: str, folded: str) -> str:
    """A name from the model as the text writes it (`_known_part`, `_with_text_endings`, then
    `as_cased`)."""
    name = re.sub(r"\b([A-Z])\.\s(?=[A-Z]\.)", r"\1.", name.strip())  # the model's 'U. N.' is the text's 'U.N.'
    name = _WHAT_IS_CONVEYED.sub("", name)  # the model's "Head of State's support": the Head of State
    if name.startswith("The ") and re.search(rf"\bthe\s+{re.escape(name[4:])}(?!\w)", text):
        name = name[4:]  # a list item's 'The United States', written 'the United States' too (not 'The Bahamas')
    first, joined, _ = name.partition(" and ")
    if joined and name.casefold() not in folded and len(first.split()) > 2 and actor_named(first) is None \
            and re.search(rf"(?<!\w){re.escape(first.casefold())}(?!\w)", folded):
        # the model's 'Democratic Party of Ivory Coast (PDCI) and Ivorian government': two sides run together, the
        # first as the text writes it
        name = first
    inverted = _SURNAME_FIRST.fullmatch(name)
    if inverted and name.casefold() not in folded and f"{inverted['given']} {inverted['surname']}".casefold() in folded:
        name = f"{inverted['given']} {inverted['surname']}"  # the model's 'Diop, Abdoulaye', a list's order
    known = _known_part(_body_as_written(name, text, folded), folded)
    written = as_cased(_with_text_endings(known, text, folded), text)
    return _one_line(written) if "\n" in written and "\n" not in name else written


def _one_line(written: str) -> str:
    """A name the model ran across a heading's line break ('Falepili Union' / 'Office of the Prime Minister', the
    title's end and the masthead under it): the line that names an actor, else a body, else the last."""
    lines = [line.strip() for line in written.splitlines() if line.strip()]
    return next((line for line in lines if actors_in(line)), None) \
        or next((line for line in lines if BODY_HINTS.search(line)), lines[-1])


# what a party's name was copied with: "the greetings of the President and the Head of State's support for ..."
_WHAT_IS_CONVEYED = re.compile(r"(?<=\w)['\u2019]s\s+(?:warm\s+|full\s+|strong\s+)?"
                               r"(?:support|greetings|position|views?|remarks|message|letter|proposal|invitation|visit|wishes|thanks|appreciation|"
                               r"congratulations|condolences|assurances?|gratitude|regards)$")


_SURNAME_FIRST = re.compile(r"(?P<surname>[A-Z][\w'\u2019-]+),\s+"
                            r"(?P<given>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


def _body_as_written(name: str, text: str, folded: str) -> str:
    """A state's body the text never writes, as the one body of that kind of another state it does write: the
    model's 'Ministry of Foreign Affairs of the United States of America' for Oman's statement, whose masthead
    and first line write 'Ministry of Foreign Affairs of the Sultanate of Oman' (the US is its topic)."""
    body = _STATES_BODY.fullmatch(name)
    if body is None or name.casefold() in folded:
        return name
    written = {m[0] for m in re.finditer(rf"\b{re.escape(body['body'])}\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
                                         rf"(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'\u2019-]*){{0,3}}", text)}
    states = {a.name for form in written for a, _ in actors_in(form) if a.kind == "state"}
    named = actor_named(body["state"])
    return written.pop() if len(written) == 1 and len(states) == 1 and named is not None and named.name not in states \
        else name


_STATES_BODY = re.compile(r"(?P<body>(?:Ministry|Department|Office|Embassy|Presidency)\b[\w\s]*?)\s+of\s+(?:the\s+)?"
                          r"(?P<state>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})")


def without_home_state(name: str) -> str:
    """A person's name without the state the model wrote after it ('Macky Sall of Senegal', from 'President
    Macky Sall of Senegal'): the state is the person's side, no part of the name."""
    home = re.fullmatch(r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+of\s+(?:the\s+)?"
                        r"(?P<state>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})", name)
    if home is None or TITLE_WORDS & {w.casefold() for w in home["name"].split()} \
            or BODY_HINTS.search(home["name"]) or ORG_HINTS.search(home["name"]):
        return name  # ('Armed Forces of the Philippines', which the model called a person, is a body)
    actor = actor_named(home["state"])
    return home["name"] if actor is not None and actor.kind == "state" else name


def written_words(name: str, text: str) -> str:
    """A person's name with a word the text never writes ('Tinubu Umaru' where the text writes
    'President Bola Ahmed Tinubu'; 'Nikil Gupta' for 'Nikhil Gupta'): the text's own full name
    around the words it does write, when it writes one; the small model sometimes adds or
    misspells a name. A name the text only ever shortens ('Abdel Fattah El-Sisi' for 'President
    El-Sisi') stays, and so does a title ('Turkish Cypriot leader')."""
    words = name.split()
    if not all(w[:1].isupper() and w.casefold() not in TITLE_WORDS for w in words):
        return name
    kept = [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)]
    if not kept or len(kept) == len(words):
        return name
    rest = " ".join(kept)
    fuller = set()
    for m in re.finditer(rf"\b((?:[A-Z][\w'\u2019.-]*\s+){{1,3}}){re.escape(rest)}\b", text):
        run = m[1].split()
        titled = [at for at, w in enumerate(run) if w.casefold() in TITLE_WORDS]
        first = run[titled[-1] + 1 :] if titled else run  # a post is no first name ('President Tinubu')
        if first and not any(w.isupper() and len(w) > 1 or actor_named(w) for w in first):  # nor 'EGYPT'
            fuller.add(" ".join([*first, rest]))
    return fuller.pop() if len(fuller) == 1 else name


# a name that opens with an act's noun in lower case: 'facilitation of cross-border movement'
_DOING = re.compile(r"^(?:the\s+)?[a-z][a-z-]+(?:tion|ment|ance|ence|ing)\s+(?:of|for|in|on|between)\b")


def copied_clause(name: str, text: str) -> bool:
    """Is the model's 'party' the opening words of one of the text's sentences ('Russia launched one of
    the largest aerial assaults of this war', 'The facts tell a different story'), not a name? A
    name has few lower-case words besides its small ones ('ruling party's student wing')."""
    words = name.split()
    common = [w for w in words if w[:1].islower() and w.casefold() not in _SMALL_WORDS]
    if HEADLINE_VERB.search(name) and name in text.lstrip().split("\n", 1)[0]:
        return True  # the headline's 'Foreign Minister Receives Telephone Call from Iranian Counterpart Hossein'
    if _DOING.match(name):
        return True  # 'facilitation of cross-border movement', a topic of the talks: an act, no actor
    return len(words) >= 6 and len(common) >= 4 \
        and re.search(rf"(?:^|[.!?]\s+|\n\s*){re.escape(name)}", text) is not None



_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "de", "la", "al", "el",
                "du", "von", "van", "der", "bin", "against"}


def described_person(party: Party, book: PartyBook) -> Party | None:
    """The listed person whom a 'person' named by a description only ('Russian-Armenian billionaire') describes
    in apposition ('Samvel Karapetyan, a Russian-Armenian billionaire'): one person, not two."""
    words = party.name.split()
    if party.kind != "person" or len(words) > 4 or not words[-1][:1].islower() or words[-1] in TITLE_WORDS:
        return None
    named = re.search(rf"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,3}}),\s+(?:a|an|the)\s+"
                      rf"{re.escape(party.name)}\b", book.text)
    found = book.find(named["name"]) if named is not None else None
    return found if found is not None and found is not party and found.kind == "person" else None
