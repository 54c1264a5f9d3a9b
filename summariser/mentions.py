"""Where a text first names, with a title, the person a bare surname later means ('Bihi said' after
'Somaliland President Muse Bihi Abdi signed ...'): the titled mention `add_speaker` reads them from;
and the surname a lead-in gives alone or after titles only ('President Lai')."""

from __future__ import annotations

import re

from summariser.people import only_titles, person_in
from summariser.titles import TITLE_WORDS


def titled_mention(surname: str, text: str, before: int, last: bool = False) -> str | None:
    """Where `text[:before]` first (or `last`) names, with a title, the person a bare surname means
    ('Bihi said' after 'Somaliland President Muse Bihi Abdi signed ...'): the title and the full name
    ('Somaliland President Muse Bihi Abdi'), for `add_speaker`; None if no such mention."""
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text[:before]))
    for m in reversed(mentions) if last else mentions:
        # the words of its clause before it ('Ethiopian Prime Minister Abiy Ahmed and' is another's)
        pieces = re.split(r"([\n.,;:]|\band\b)", text[max(0, m.start() - 120) : m.start()])
        clause = pieces[-1].split()
        tail = re.match(r"(?:\s+[A-Z][\w'\u2019-]+){0,2}", text[m.end() :])
        name = surname + (tail.group(0) if tail else "")
        found = person_in(" ".join([*clause[-6:], name]) + " ")
        if found is None or surname not in found[0].split():
            # a long post: 'Ambassador of the Russian Federation to the Republic of Korea Georgy Zinoviev'
            found = person_in(" ".join([*clause[-14:], name]) + " ")
        if found is None and len(pieces) >= 3 and pieces[-2] == ",":
            # the post before the name, set off by a comma: 'The Spokesman of the Ministry ..., Esmaeil Baghaei,'
            # ('the Minister of Foreign Affairs and Cooperation of ..., Bendito dos Santos Freitas': past an 'and')
            # (its clause's end: 'Foreign Minister Winston Peters ... spoke with the Prime Minister of the Cook
            # Islands, Mark Brown' names Peters first)
            posts = (pieces[-3], re.split(r"[\n.,;:]", text[max(0, m.start() - 160) : m.start()])[-2])
            found = next((person for post in posts for words in (post.split(), post.split()[-8:])
                          if (person := person_in(f"{' '.join(words)}, {' '.join([*clause, name])} ")) is not None
                          and surname in person[0].split()), None)
        if found is not None and surname in found[0].split():
            return f"{found[1]} {found[0]}"
        # the post after the name: 'Ali Shamkhani, secretary of Iran's Supreme National Security Council,'
        given = re.search(r"(?:[A-Z][\w'\u2019-]+\s+){1,2}$", text[max(0, m.start() - 40) : m.start()])
        # (not what follows the name: 'Dr Naledi Pandor, accompanied by the Minister of Justice ...,')
        post = re.match(r",\s+(?!(?:[a-z]+ed|[a-z]+ing|who|which|whose|and|or)\b)([^,.;\n]{3,80}),", text[m.end() :])
        found = person_in(f"{given.group(0)}{surname}, {post.group(1)}, ") if given and post else None
        if found is not None and surname in found[0].split():
            return f"{found[0]}, {found[1]}, "
    return None


# a bare surname, or the surname's office: 'Bihi said', "Abiy's office said", 'Abiy, whose country ..., said'
_SURNAME = re.compile(r"^\W*(?!(?:He|She|It|They|We|I)\b)(?P<name>[A-Z][\w\u2019'-]+?)"  # not a pronoun
                      r"(?:['\u2019]s\s+(?:office|spokes\w+|aides?))?\s*(?:,.*)?$")
_TITLED_SURNAME = re.compile(r"^\W*(?P<title>(?:[A-Z][\w-]*\s+){1,3}?)(?P<name>[A-Z][\w\u2019'-]+)\s*$")


def bare_or_titled_surname(lead_in: str) -> str | None:
    """The surname a lead-in gives alone ('Bihi') or after titles only ('President Lai')."""
    if (bare := _SURNAME.match(lead_in)) and bare["name"].casefold() not in TITLE_WORDS:
        return bare["name"]
    titled = _TITLED_SURNAME.match(lead_in)
    # (not a title itself: 'The Minister', whom a surname search took for the Prime Minister)
    return titled["name"] if titled and only_titles(titled["title"]) and titled["name"].casefold() not in TITLE_WORDS \
        else None
