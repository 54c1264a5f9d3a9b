"""People the model tied to a state they do not act for: an opposition figure, a candidate, a former
office-holder ('leftist presidential candidate Luisa Gonzalez', 'former President Macky Sall'). Tied to
the state, they share the government's side, so their charges against it ('refused to recognize President
Daniel Noboa's re-election, alleging fraud', 'accused the administration of former President Macky Sall of
...') read as charges against their own side, and were dropped."""

from __future__ import annotations

import re

from summariser.schema import Party

# the family a political party is named for ('Conservative', 'Labour'), not a government's post ('House')
_PARTY_FAMILY = (r"(?-i:Conservative|Labour|Liberal|Democratic|Republican|Socialist|Green|Progressive|Nationalist|"
                 r"Christian\s+Democratic|Social\s+Democratic|Communist)")
# what the text calls the person just before the name: 'former President ', 'opposition leader ', 'candidate '
_RIVAL_BEFORE = re.compile(r"\b(?:former|ex-|ousted|deposed|exiled|jailed|detained|imprisoned|opposition|candidate|"
                           r"challenger|rival)\b(?:\s+(?:[A-Za-z'-]+|\([A-Z]+\))){0,3}\s+$|"
                           # a party's leader by its family's name: 'Conservative leader Pierre Poilievre' (not
                           # 'Liberal House leader', whose post is in the government)
                           rf"\b{_PARTY_FAMILY}\s+(?:[Pp]arty\s+)?leader\s+$", re.I)
# ... or just after it: 'Gonzalez, candidate of the Citizen Revolution movement', 'Sall, a former president'
_RIVAL_AFTER = re.compile(r"(?:\s+\([^)]{1,20}\))?,\s+(?:(?:a|an|the)\s+)?"
                          r"(?:(?:[\w-]+\s+){0,2}?(?:former|ex-|candidate|opposition|challenger|rival)\b|"
                          # 'Samir Geagea, head of the Lebanese Forces party' (not of 'the ruling Fidesz party')
                          r"(?:head|leader|chair(?:man|woman|person)?)\s+of\s+(?:the\s+)?(?!ruling|governing)"
                          r"(?:[\w'-]+\s+){1,4}?(?-i:[Pp]arty)\b)", re.I)
# a post held now: 'President Daniel Noboa' (not 'former President Macky Sall')
_POST_BEFORE = re.compile(r"\b(?:President|Prime\s+Minister|Minister|Secretary|Chancellor|Premier|King|Emir|Sultan|"
                          r"Governor|Spokes(?:wo)?man|Spokesperson)\s+(?:[A-Z][\w'-]*\s+){0,2}$")
_FORMER = re.compile(r"\b(?:former|ex-|ousted|deposed|exiled)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _mentions(person: Party, text: str) -> list[tuple[int, int]]:
    """Where the text names the person: the full name, an alias, or the family name alone."""
    forms = {person.name, *person.aliases, person.name.split()[-1]}
    return [m.span() for form in forms if len(form) >= 3
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]


def serves_no_state(person: Party, text: str) -> bool:
    """Does the text only ever present the person as a rival of a government or a former office-holder,
    never in a post held now?"""
    rival = held = False
    for start, end in _mentions(person, text):
        before = re.split(r"[.;:!?\n]", text[max(0, start - 80) : start])[-1]
        post = _POST_BEFORE.search(before)
        if post is not None and not _FORMER.search(before[: post.start()]):
            held = True
        if _RIVAL_BEFORE.search(before) or _RIVAL_AFTER.match(text, end):
            rival = True
    return rival and not held

