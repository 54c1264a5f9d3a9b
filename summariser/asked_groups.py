"""Whom a request asks when its words name a group or no one in particular, not a listed party:
'developed countries' is a group of its own ('Developed countries'), 'all parties', 'both sides' and
'the countries concerned' are nobody the text identifies, or each side it is about; a body the text names in full
('the Global Forum', 'the Heads of State of the Confederation') is a party of its own or its owner's."""

from __future__ import annotations

import re

from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.titles import guess_kind

_GROUP_NOUN = re.compile(
    r"\b(west|states|countries|nations|community|partners|members|actors|donors|banks|governments|capitals|leaders|"
    r"organi[sz]ations|institutions|agencies|people|peoples|citizens|allies|neighbours|neighbors|insurers|"
    r"creditors|lenders|companies|investors|delegations|embassies|attach\u00e9s|attaches|forces|groups|jurisdictions|"
    r"operators|providers|platforms|emitters|economies|polluters)"
    r"(\s+(of|in|to|from|around|at|across|with)\s+[^,;]{1,40})?$",  # 'states with influence over Israel'
    re.I,
)
_NOBODY_IN_PARTICULAR = re.compile(r"^(sides|parties|them|it|him|her|you|us|everyone|each other|one another)$", re.I)
_DETERMINERS = re.compile(r"^((all|every|each|the|our|its|their|his|her|both|other|relevant|concerned)\s+|"
                          r"(all )?members of the\s+)+", re.I)


_EVERY_ONE = re.compile(r"^(?:every|each)\s+(?P<kind>\w+\s+)?(?P<noun>state|country|nation|delegation|member|"
                        r"government|partner|ally|leader)\b(?P<rest>.*)$", re.I)


_BOTH = re.compile(r"(both|the two)\s+(countries|states|nations|governments|capitals|leaders|sides|parties)", re.I)


_THOSE_CONCERNED = re.compile(r"(?:the\s+)?(?:(?:countries|states|governments|parties|sides)\s+"
                              r"(?:concerned|in\s+question)|relevant\s+(?:countries|states|governments))", re.I)


def those_concerned(phrase: str) -> bool:
    """'the countries concerned', 'relevant countries': the states the text is about, each of
    them (a spokesperson's answer to several governments' charges, a call to two belligerents)."""
    return _THOSE_CONCERNED.fullmatch(phrase.strip()) is not None


def nobody_in_particular(phrase: str) -> bool:
    """'all parties', 'both sides', 'everyone': a request to all concerned, whom the text does
    not identify (SPEC: the addressee is then null). Pronouns are not meant: 'urged him to'."""
    if _BOTH.fullmatch(phrase.strip()):
        return True  # 'urged both countries to ...': each of the two, neither by name
    name = _DETERMINERS.sub("", phrase.strip()).strip()
    # ('those who take military decisions, on every side': whoever they are)
    # ('all candidates and parties to refrain from proclaiming victory': everyone running, no one named)
    # ('We also urge the public to verify information': the readers, no party; 'all political actors')
    return bool(re.fullmatch(r"(?:(?:political|armed)\s+)?(sides|parties|actors|stakeholders)"
                             r"(?:\s+(?:concerned|involved|in\s+the\s+region|to\s+the\s+conflict))?|"
                             r"(everyone|each other|one another|all|concerned|"
                             r"involved|(?:general\s+)?public)|"
                             r"(?:candidates|parties|sides|stakeholders|actors)(?:,?\s+(?:and\s+)?(?:political\s+)?"
                             r"(?:candidates|parties|sides|stakeholders|actors))+", name, re.I)
                or re.match(r"(?:those|anyone|whoever|all)\s+(?:who|that|involved|concerned)\b", name, re.I)
                # ('will request a third country to take charge of its interests': one still to be chosen)
                or re.fullmatch(r"an?\s+(?:third|neutral|friendly|another)\s+(?:country|state|party|government)",
                                phrase.strip(), re.I) is not None)


# what is urged, not whom: 'urged continued action against the transnational criminal organizations'
_ACTION_ASKED = re.compile(r"(?:(?:continued|further|greater|increased|renewed|immediate|urgent|concrete|decisive|"
                           r"swift|joint|collective|more)\s+)?(?:action|actions|steps|measures|efforts|pressure|"
                           r"support|cooperation|engagement|vigilance|restraint)\b", re.I)


def group_addressed(phrase: str) -> str | None:
    """The collective a request asks, named as a party would be: 'all members of the
    international community' -> 'International community', 'developed countries' ->
    'Developed countries'. None for 'all sides', a pronoun, or words that are no group."""
    words = phrase.split()
    if not 1 <= len(words) <= 8:
        return None
    one = _EVERY_ONE.match(phrase.strip())
    if one:  # 'every member state' -> 'member states', 'every delegation in this hall'
        noun = one["noun"][:-1] + "ies" if one["noun"].endswith("y") else one["noun"] + "s"
        phrase = f"{one['kind'] or ''}{noun}{one['rest']}"
    name = _DETERMINERS.sub("", phrase.strip()).strip()
    if not name or _NOBODY_IN_PARTICULAR.match(name) or not _GROUP_NOUN.search(name) \
            or _ACTION_ASKED.match(name):
        return None
    return name[:1].upper() + name[1:]


# a call for a group to act: "reiterated Fiji's call for all major emitters to set out credible pathways"; a call on
# a group that a list in lower case goes on from: 'calls on the international community, governments, parliaments,
# political parties and people of good will to reject ...'
_CALL_FOR_GROUP = re.compile(r"\bcall(?:s|ed|ing)?\s+for\s+(?P<group>(?:all\s+|the\s+)?[a-z][a-z\s-]{2,50}?)\s+to\s+"
                             r"(?!the\b|a\b|an\b|all\b|their\b|its\b)[a-z]+\b|"
                             r"\bcall(?:s|ed|ing)?\s+(?:on|upon)\s+(?P<first>the\s+international\s+community),"
                             r"(?=[a-z\s,-]{3,120}\s+to\s+[a-z])")


def group_called_for(clause: str) -> tuple[str, str] | None:
    """The group a 'call for ... to' asks, or the first of a list a call on a group goes on with, as a party would be
    named, and the words naming it (None when the words before 'to' are no group: 'called for restraint to be
    exercised')."""
    called = _CALL_FOR_GROUP.search(clause)
    words = (called["group"] or called["first"]) if called else ""
    group = group_addressed(words) if words else None
    return (group, words) if group else None


LEADERS_OF = re.compile(r"^\W*(?:the\s+)?(?:heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|leaders|"
                         r"leadership|member\s+states)\s+of\s+(?P<owner>the\s+\S.*)$", re.I)


def proper_party(phrase: str, book: PartyBook) -> Party | None:
    """'the Sudanese Armed Forces' named beside a listed party: a party, if it is a proper name
    of a body or an organisation ('Kosovo and Metohija' names a place)."""
    name = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
    words = name.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in ("of", "and", "for") for w in words):
        return None
    kind = guess_kind(name)  # a body or an organisation by its name ('Armed Forces'), not a place
    # (the short form of a listed name: 'the Federal Government' after 'the Federal Government of Somalia')
    longer = [p for p in book.parties if p.name.startswith(f"{name} of ")]
    if len(longer) == 1 or kind == "state":
        return longer[0] if longer else None
    # ('the Global Forum', named in full before: 'the Global Forum on Transparency and Exchange of Information ...')
    full = re.search(rf"\b{re.escape(name)}\s+(?:on|for|of)\s+[A-Z][\w-]*(?:\s+(?:(?:and|of|for|on|the)\s+)*"
                     rf"[A-Z][\w-]*)*", book.text)
    return book.add(full.group(0), kind, aliases=[name]) if full else book.add(name, kind)
