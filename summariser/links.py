"""Which listed parties are one actor, and which a state does not answer for: a piece of
another party's name or a second party of one name folds into the first ('Security Council'
inside 'Peace and Security Council of the African Union'; 'President Erdoğan' and 'Recep
Tayyip Erdoğan'), and an armed group the text outlaws acts for no state. `known_parties`
runs these once the text's forms of each party are known."""

from __future__ import annotations

import functools
import re

from summariser import headings
from summariser.gazetteer import Actor, actor_named, actor_of_adjective, actors_in
from summariser.headings import JOINT, unshouted
from summariser.name_forms import known_actor, listed_party, party_of, trim_person_names
from summariser.parties import PartyBook, norm
from summariser.rivals import serves_no_state
from summariser.schema import Party
from summariser.titles import NAME_PARTICLES, TITLE_WORDS

_COALITION = re.compile(r"\b(?:Platform|Plataforma|Coalition|Coalici\u00f3n|Movimiento)\b|"
                        r"\s(?:party|movement)$")  # the text's 'the Lebanese Forces party': a political party
_OUTLAW_WORDS = r"(?:terror\w*|paramilitary|militia|rebels?|insurgents?|separatists?)"


def unlink_outlawed(book: PartyBook) -> None:
    """A group the text calls terrorist, paramilitary, a militia or rebels, or a well-known armed group ('Hamas',
    'M23'), acts for no state, whatever the model tied it to ('PKK terrorist organization' for Türkiye, 'the
    paramilitary Rapid Support Forces' for Sudan). Run once the text's forms of each party are known."""
    for party in book.parties:
        actor = known_actor(party)
        known_group = actor is not None and actor.kind == "non_state_group" and party.kind != "person"
        # ("Venezuela's opposition", which the model made a government body: it opposes the government)
        opposition = party.kind != "person" and re.search(r"\bopposition\b", party.name, re.I) is not None
        # a political coalition or movement ('Plataforma Unitaria Democrática') is no organ of the state
        opposition = opposition or party.kind not in ("person", "international_org", "state") \
            and _COALITION.search(party.name) is not None
        if known_group or opposition:
            party.kind = "non_state_group"  # the 'Rapid Support Forces (RSF)' the model called a government body
        boss = book.by_id(party.affiliation)
        if party.kind == "non_state_group" and boss is not None and boss.kind == "state" \
                and (known_group or opposition or _outlawed(party, book.text)):
            party.affiliation = None
        elif party.kind == "person" and boss is not None and boss.kind == "state" and serves_no_state(party, book.text):
            # 'Opposition leader María Corina Machado', 'presidential candidate Luisa Gonzalez', 'former President
            # Macky Sall': not the government's side
            party.affiliation = None


def _outlawed(party: Party, text: str) -> bool:
    """Does its name or the text call the group terrorist, paramilitary, a militia or rebels
    ('the paramilitary Rapid Support Forces', 'PKK terrorist organization')? Such a group is no
    part of the state, whatever the model tied it to."""
    if re.search(rf"\b{_OUTLAW_WORDS}\b", party.name, re.I):
        return True
    # ('The opposition coalition, the Unitary Platform, rejected ...': no more the state's than a rebel group)
    # ('The Permanent Strategic Framework (CSP), a coalition of mainly Tuareg armed groups': what its aside says)
    return any(re.search(rf"\b(?:{_OUTLAW_WORDS}|opposition(?:\s+(?:coalition|alliance|party|bloc|movement))?,?)\s+"
                         rf"(?:the\s+)?{re.escape(form)}\b", text, re.I)
               or re.search(rf"\b{re.escape(form)}(?:\s*\([^()]{{1,12}}\))?,\s+(?:an?|the)\s+[^,.;:]{{0,50}}?\b"
                            rf"(?:{_OUTLAW_WORDS}|armed\s+(?:groups?|movements?))\b", text, re.I)
               for form in (party.name, *party.aliases) if len(form) >= 3)


_PORTFOLIO_BEFORE = re.compile(r"(?i)\b(?:ministry|minister)\s+of\s+foreign\s+affairs,\s*$")


def fold_name_fragments(book: PartyBook) -> None:
    """A body the model listed by a piece of another party's name ('Security Council' beside 'Peace and Security Council
    of the African Union'), which the text never writes on its own, is that party: folded into it, the piece kept only
    to find it. The body a name belongs to ('of the African Union') stays a party of its own."""
    spots_of = {p.id: name_spots(p, book.text) for p in book.parties}  # folding keeps every party's spots
    for part in list(book.parties):
        spots = spots_of[part.id]
        if part.kind in ("state", "person") or len(part.name.split()) < 2 or not spots:
            continue
        if any(re.search(r"\b(?:of|for)\s+(?:the\s+)?$", book.text[max(0, at - 8) : at]) for at, _ in spots):
            continue  # '... Council of the African Union': the body it belongs to, not a piece of its name
        # (not into the body's own press office: 'European Parliament Press Unit' under 'Contacts:')
        # (nor into a person whose post holds it: 'United Nations humanitarian coordinator in Sudan')
        whole = next((p for p in book.parties if p is not part and p.kind != "media" and not (
            p.kind == "person" and actor_named(part.name) is not None) and all(
            any(a <= at and end <= b for a, b in spots_of[p.id]) for at, end in spots)), None)
        if whole is None and all(_PORTFOLIO_BEFORE.search(book.text[max(0, at - 40) : at]) for at, _ in spots):
            # 'European Union and Cooperation' of Spain's 'Ministry of Foreign Affairs, European Union and
            # Cooperation': the rest of the ministry's name, listed apart
            whole = next((p for p in book.parties if p is not part and p.kind == "government_body"
                          and re.match(r"(?i)ministry\s+of\s+foreign\s+affairs\b", p.name)), None)
        if whole is not None:
            book.fold(part, whole)
            whole.aliases = [a for a in whole.aliases if a not in (part.name, *part.aliases)]
            whole.affiliation = None if whole.affiliation == whole.id else whole.affiliation
    for part in [p for p in book.parties if p.kind == "government_body"]:
        # 'Ministry of Foreign Affairs and European Integration' beside the issuer's '... of the Republic
        # of Moldova': the same ministry, its state left off (the model had tied it to Russia)
        wholes = [p for p in book.parties if p is not part and p.kind == "government_body"
                  and (m := _OF_STATE.search(p.name)) and norm(p.name[: m.start()]) == norm(part.name)
                  and (actor_named(m["state"]) or actor_named(m["state"].title())) is not None]
        if len(wholes) == 1:  # (not when two states' ministries are listed: which one is unsaid)
            book.fold(part, wholes[0])


# (a masthead's capitals too: 'MINISTRY OF FOREIGN AFFAIRS ... OF THE REPUBLIC OF MOLDOVA')
_OF_STATE = re.compile(r"\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<state>[A-Z][\w'-]*(?:\s+(?:(?i:of)\s+)?[A-Z][\w'-]*){0,4})$")


_GENERATION = re.compile(r"^(?P<name>.+?\s\S+?),?\s+(?:Jr|Sr|II|III|IV)\.?$")


def fold_namesakes(book: PartyBook) -> None:
    """Two people who came to bear one name ('President Erdoğan' and 'President Recep Tayyip
    Erdoğan', both completed to 'Recep Tayyip Erdoğan') are one: the later folds into the first."""
    for party in [p for p in book.parties if p.kind == "person"]:
        # 'Joseph R. Biden, Jr.' is the heading's 'President Biden' (after the model's calls, asked as listed)
        if (generation := _GENERATION.match(party.name)) is not None and book.find(generation["name"]) is None:
            book.rename(party, generation["name"])
    for party in list(book.parties):
        first = next((p for p in book.parties if p.kind == "person" and p.name == party.name), None)
        if party.kind == "person" and first is not None and first is not party:
            book.fold(party, first)
    # the model's 'Kurti' beside its 'Albin Kurti': the one listed person of that surname
    # (not a post, 'Secretary-General', beside 'Spokesperson for the Secretary-General': two people)
    for party in [p for p in book.parties if p.kind == "person" and len(p.name.split()) == 1
                  and p.name.casefold() not in TITLE_WORDS]:
        bearers = [p for p in book.parties if p.kind == "person" and len(p.name.split()) > 1
                   and p.name.split()[-1] == party.name]
        if len(bearers) == 1:
            book.fold(party, bearers[0])
    # 'William Samoei Ruto' beside 'William Ruto', 'Gabriel Boric Font' beside 'Gabriel Boric': the fuller
    # name the text gives the one person (same first name, every word of the shorter in order)
    for party in [p for p in book.parties if p.kind == "person" and len(p.name.split()) >= 2]:
        if party in book.parties and (fuller := fuller_namesake(party, book.parties)) is not None:
            book.fold(fuller, party)
    # the model's 'Nikil Gupta', which the text never writes, beside the text's 'Nikhil Gupta': one person
    for party in [p for p in book.parties if p.kind == "person" and p.name not in book.text]:
        twin = next((p for p in book.parties if p is not party and p.kind == "person" and p.name in book.text
                     and _one_letter_apart(p.name, party.name)), None)
        if twin is not None:
            book.fold(party, twin)


def _fuller_name(name: str, short: str) -> bool:
    """Is `name` `short` with more names in it ('William Samoei Ruto' of 'William Ruto'; 'Bernardo Arévalo de
    León' of 'Bernardo Arévalo')?"""
    full, words = name.split(), short.split()
    rest = iter(full)  # (each word of the shorter found after the one before it)
    # ('Luiz Inácio Lula da Silva' of 'Lula da Silva': the name the shorter ends)
    return len(full) > len(words) and (full[0] == words[0] and all(w in rest for w in words) and len(words) >= 2
                                       or full[-len(words):] == words) \
        and all(n[:1].isupper() or n in NAME_PARTICLES for n in full)


def fuller_namesake(party: Party, parties: list[Party]) -> Party | None:
    """The one listed person, on no other side, whose name is a fuller form of the person `party`'s."""
    if party.kind != "person" or len(party.name.split()) < 2 and not party.name[:1].isupper():
        return None  # (a surname alone is the one listed person whose name ends with it: 'Gachagua')
    fuller = [p for p in parties if p.kind == "person" and _fuller_name(p.name, party.name) and (
        not p.affiliation or not party.affiliation or _same_actor(p.affiliation, party.affiliation, parties))]
    return fuller[0] if len(fuller) == 1 else None


def _same_actor(one: str, other: str, parties: list[Party]) -> bool:
    """Are the parties of ids `one` and `other` one actor ('Guatemala' and 'Government of Guatemala', listed
    apart before they are folded)?"""
    if one == other:
        return True
    found = [known_actor(p) for p in parties if p.id in (one, other)]
    return len(found) == 2 and found[0] is not None and found[0] == found[1]


# a surname styled by rank or honorific alone: 'Lord Cameron', 'Mr. Kurti', 'Baroness Ashton'
_STYLED = re.compile(r"(?:Lord|Lady|Baroness|Baron|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
                     r"(?P<surname>[A-Z][\w'\u2019-]+)")


def styled_namesake(party: Party, parties: list[Party]) -> Party | None:
    """The one listed person of full name whom a styled surname means ('Lord Cameron', from a
    release's 'From:' line, beside 'Foreign Secretary David Cameron said')."""
    styled = _STYLED.fullmatch(party.name) if party.kind == "person" else None
    bearers = [p for p in parties if styled and p is not party and p.kind == "person" and len(p.name.split()) > 1
               and p.name.split()[-1] == styled["surname"] and not _STYLED.fullmatch(p.name)]
    return bearers[0] if len(bearers) == 1 else None


def _one_letter_apart(a: str, b: str) -> bool:
    """Do the names differ by one letter added, dropped or changed?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def name_spots(party: Party, text: str) -> list[tuple[int, int]]:
    """Where the text writes the party's name or an alias (three letters or more), as spans."""
    return [m.span() for form in {party.name, *party.aliases} if len(form) >= 3
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]


def signatories(book: PartyBook) -> set[str]:
    """The parties a joint statement's issuing line lists as its signatories ('The following
    statement was released today by the Foreign Ministers of Canada, France, ..., Japan, the United
    Kingdom and the United States of America'): the voice's own side, whom it neither accuses nor asks."""
    line = _signatory_line(book.text)
    if line is None:
        return set()
    return {p.id for actor, _ in actors_in(line["who"]) if (p := listed_party(actor, book)) is not None}


def first_signatory(book: PartyBook) -> Party | None:
    """The first-named signatory of a joint statement, if listed: its voice when the model named none
    ('Joint Trilateral Statement by the People's Republic of China, the Kingdom of Saudi Arabia, ...')."""
    line = _signatory_line(book.text)
    return next((p for actor, _ in actors_in(line["who"]) if (p := listed_party(actor, book)) is not None), None) \
        if line is not None else None


@functools.lru_cache(maxsize=64)  # asked several times per document (parties, voice, items, pruning)
def _signatory_line(text: str) -> re.Match[str] | None:
    """The words that list a joint statement's signatories (its 'who' group), if the text has them."""
    found = [m for m in (_RELEASED_BY.search(text[:1500]), _WE_THE.search(text[:1500]), _FROM_THE.match(text),
                         _JOINT_BY.match(text)) if m is not None]
    if not any(len(actors_in(m["who"])) >= 2 for m in found) and headings.heading_genre(text) == "joint_statement":
        # 'Joint Statement of the Foreign Ministers of the Arab Contact Group on Syria' over 'The foreign
        # ministers of Jordan, Saudi Arabia, Iraq, Lebanon and Egypt ... met in Amman': the body lists them
        found = [m for m in _MINISTERS_OF.finditer(text[:1500]) if len(actors_in(m["who"])) >= 2] + found
    return found[0] if found else None


def fold_group_into_signatories(book: PartyBook) -> None:
    """'We, the Foreign Ministers of Australia, India, Japan and the United States, met ...': the
    model's one party for the group ('Quad Foreign Ministers') is the first-named of those listed,
    and each listed actor is a party; the guide gives a joint stance to the first-named."""
    line = _signatory_line(book.text)
    actors = [actor for actor, _ in actors_in(line["who"])] if line else []
    if len(actors) < 2:
        return
    members = [party_of(actor, book) for actor in actors]
    for party in [p for p in book.parties if p.kind != "person" and p not in members and _GROUP_LABEL.search(p.name)]:
        book.notes.append(f"{party.name!r} is the signatories listed: the first-named, {members[0].name}, holds "
                          "their joint stances")
        book.fold(party, members[0])


_GROUP_LABEL = re.compile(r"\b(?:Ministers|Leaders|Heads\s+of\s+(?:State|Government)|Governments)\b", re.I)


_RELEASED_BY = re.compile(r"\b(?:statement|declaration|communiqu\w+)\s+(?:was|is|has\s+been)\s+(?:released|issued|"
                          r"adopted|agreed)\s+(?:today\s+)?by\s+(?:the\s+)?(?:foreign\s+ministers|ministers|leaders|"
                          r"heads\s+of\s+state\s+and\s+government|governments)\s+of\s+(?P<who>[^.\n]{5,400})", re.I)


# a heading: 'Joint Vision Statement from the Leaders of Japan, the Philippines, and the United States'
# ('Joint Statement on the Lobito Corridor by the Heads of State of Angola, the Democratic Republic of the Congo, ...')
_FROM_THE = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:statement|declaration|communiqu\w+)(?:\s+on\s+the\s+[^\n]{1,60}?)?"
                       r"\s+(?:of|from|by)\s+the\s+(?i:foreign\s+ministers|ministers|leaders|presidents|"
                       r"heads\s+of\s+state(?:\s+and\s+government)?|governments)"
                       r"\s+of\s+"
                       # (not its topic: '... of Denmark, Finland, ... and Sweden on the situation in Georgia')
                       r"(?P<who>[^\n]{5,200}?)(?=\s+(?:on|regarding|concerning|about)\s|\s*(?:\n|$))", re.I)


# 'Joint Statement by Egypt and Qatar on the Gaza Ceasefire Negotiations': the names before its topic
_JOINT_BY = re.compile(rf"^\W*{JOINT}\s+(?:(?:of|from|by)\s+|"
                       # 'Joint Press Statement following the meeting of the Foreign Ministers of X and Y'
                       # ('Joint Statement on the Official Visit of the External Affairs Minister of India to ...')
                       r"(?:following|after|on|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit|consultations|"
                       r"summit)\s+(?:of|between)\s+(?:the\s+)?(?:(?:(?:foreign\s+)?ministers|leaders|presidents|"
                       r"prime\s+ministers)\s+of\s+)?|"
                       # ('Joint Statement on the Establishment of a Strategic Partnership between X and Y')
                       r"on\s+the\s+[^\n]{3,100}?\s+between\s+)(?:the\s+)?"
                       r"(?P<who>[^\n]{3,160}?)(?=\s+(?:on|regarding|concerning|about)\s|\s*\n)", re.I)


# 'We, the Foreign Ministers of Denmark, Estonia, ..., Norway and Sweden, express ...': the list of names only
_LISTED = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
_WE_THE = re.compile(r"\bWe,\s+the\s+(?:[A-Z][\w-]*\s+)?"  # ('We, the G7 Foreign Ministers of Canada, ...')
                     r"(?i:foreign\s+ministers|ministers|leaders|heads\s+of\s+state\s+and\s+government|"
                     rf"governments|representatives)\s+of\s+(?P<who>{_LISTED}(?:(?:,\s+|,?\s+and\s+){_LISTED})+)")


# 'The foreign ministers of Jordan, Saudi Arabia, Iraq, Lebanon and Egypt, together with ..., met in Amman'
_MINISTERS_OF = re.compile(r"(?m)^\W*(?:the\s+)?(?i:foreign\s+ministers|ministers|leaders|heads\s+of\s+state\s+and\s+"
                           rf"government)\s+of\s+(?P<who>{_LISTED}(?:(?:,\s+|,?\s+and\s+){_LISTED})+)", re.I)


def ministries_of_states(book: PartyBook) -> None:
    """A ministry the model tied to an organisation ('Ministry of Internal Affairs' for the United
    Nations, in OHCHR's notes on Georgia) serves a state: the one state listed, else none said."""
    states = [p for p in book.parties if p.kind == "state"]
    for party in book.parties:
        owner = book.by_id(party.affiliation)
        if owner is not None and party.kind == "government_body" and owner.kind == "international_org" \
                and _MINISTRY.match(party.name):
            party.affiliation = states[0].id if len(states) == 1 else None


def organs_of_organisations(book: PartyBook) -> None:
    """An organisation's organ the model tied to a state, or to nobody ('General Secretariat of the
    Organization of American States' for Guatemala), serves the organisation its name ends with."""
    for party in [p for p in book.parties if p.kind != "person"]:
        # (... or begins with: 'EAC Secretariat', tied by the model to the host state of its summit)
        organ_of = _ORGAN_OF.search(party.name) or _ORGS_ORGAN.match(party.name)
        org = actor_named(organ_of["org"]) if organ_of else None
        # ('EU Monitoring Mission in Armenia', 'UN Mission in South Sudan': the organisation's, not the host's)
        names = [party.name, *(a.forms if (a := known_actor(party)) is not None else ())]  # ('UNFICYP': its long name)
        org = org or next((_sending_org(name) for name in names if _ORGS_MISSION.match(name)), None)
        listed = listed_party(org, book) if org is not None else None
        owner = book.by_id(party.affiliation)
        if listed is not None and listed.kind == "international_org" and listed.id != party.id \
                and (owner is None or owner.kind == "state"):
            party.affiliation = listed.id
            party.kind = "international_org" if party.kind in ("government_body", "non_state_group") else party.kind


def settle_names_and_ties(book: PartyBook) -> None:
    """The tidying done after the sentence questions, once the items are read and the parties
    pruned: names that would have changed the questions (and so every cached answer), and ties
    the model got wrong."""
    name_states_by_their_names(book)  # the model's 'White House' state is the 'United States'
    unshout_names(book)
    unprefix_bodies(book)
    ministries_of_states(book)
    organs_of_organisations(book)  # again: an organisation listed while the items were built
    trim_person_names(book)  # 'Migration Magnus Brunner', "Dato' Seri Anwar Ibrahim", 'Mohammed Shia'


_ORGAN_OF = re.compile(r"\b(?:Secretariat|Commission|Council|Mission|Office|Assembly)\s+of\s+(?:the\s+)?"
                       r"(?P<org>[A-Z].+)$")
_ORGS_ORGAN = re.compile(r"(?:the\s+)?(?P<org>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)\s+(?:General\s+)?Secretariat$")
_MINISTRY = re.compile(r"^(?:the\s+)?(?:Ministry|Department)\s+(?:of|for)\b", re.I)
_ORGS_MISSION = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,6}?(?:Mission|Office|Force)\s+(?:in|to|for|on)\s+")


def _sending_org(name: str) -> Actor | None:
    """The international organisation a mission's name opens with ('African Union Mission in Somalia')."""
    words = name.removeprefix("the ").split()
    found = (actor_named(" ".join(words[:k])) for k in range(min(4, len(words) - 1), 0, -1))
    return next((a for a in found if a is not None and a.kind == "international_org"), None)


def unprefix_bodies(book: PartyBook) -> None:
    """The model's 'Venezuela State Department' where the text only writes 'the State Department'
    (in a report on Venezuela): a state's name it put before a body's name is no part of it, nor
    says whom the body serves. After the questions, like the next."""
    folded = book.text.casefold()
    for party in [p for p in book.parties if p.kind not in ("state", "person")]:
        head, _, rest = party.name.partition(" ")
        actor = actor_named(head) if rest and party.name.casefold() not in folded else None
        if actor is None or actor.kind != "state" or len(rest.split()) < 2 \
                or not re.search(rf"\b{re.escape(rest)}\b", book.text):
            continue
        book.rename(party, rest)
        party.aliases.remove(f"{head} {rest}")  # a name the text never writes
        party.kind = "government_body" if party.kind == "international_org" else party.kind  # a state's, not a union's
        owner = book.by_id(party.affiliation)
        if owner is not None and owner.name == actor.name:
            party.affiliation = None


def unshout_names(book: PartyBook) -> None:
    """A name the model copied from a masthead in capitals ('PACIFIC ISLANDS FORUM SECRETARIAT')
    reads as words; acronyms ('ECOWAS', 'OSCE') stay. After the questions, like the next."""
    for party in book.parties:
        words = party.name.split()
        if len(words) >= 2 and party.name.isupper() and sum(len(w) > 4 for w in words) >= 2:
            book.rename(party, unshouted(party.name))


def name_states_by_their_names(book: PartyBook) -> None:
    """A state the model listed by a metonym ('White House', with 'United States' among its
    aliases), by another form beside its name ('República Argentina', 'UK') or as its organ
    ('Russian authorities') goes by the state's own name, the other kept as an alias. Done after
    the sentence questions, which name parties as the model listed them (a new name would change
    the questions, and so every cached answer)."""
    for party in list(book.parties):
        actor = actor_named(party.name) if party.kind == "state" else None
        organ = _STATE_ORGAN.match(party.name) if party.kind == "state" and actor is None else None
        if organ is not None:  # the model's 'Russian authorities' state, 'Moscow' and 'Russia' among its aliases
            # ('Government of the People's Republic of Bangladesh', 'Bangladesh' among its aliases)
            actor = actor_of_adjective(organ["adjective"]) if organ["adjective"] else actor_named(organ["state"])
            actor = actor if actor is not None and actor.name in party.aliases else None
        if actor is None or actor.kind != "state" or party.name == actor.name:
            continue
        # a metonym, or another form ('República Argentina', 'UK') beside the state's own name
        if norm(party.name) not in {norm(m) for m in actor.metonyms} and actor.name not in party.aliases:
            continue
        # its name as the text writes it ('United States'; 'People's Republic of China' where 'China' is never alone)
        written = actor.name if actor.name in party.aliases else next(
            (form for form in (actor.name, *actor.forms) if form not in actor.metonyms
             and re.search(rf"(?<![\w'-]){re.escape(form)}(?![\w-])", book.text)), None)
        # (one listed beside it stays apart: on dev, folding 'Taipei' into 'Taiwan' cost 025 more than it gave)
        if written is not None and (book.find(written) or party).id == party.id:
            book.rename(party, written)
            party.aliases = [a for a in party.aliases if a != written]


_STATE_ORGAN = re.compile(r"^(?:the\s+)?(?:(?P<adjective>[A-Z][\w-]+)\s+(?:authorities|government|leadership|side)|"
                          r"(?i:government)\s+of\s+(?:the\s+)?(?P<state>[A-Z].+))$")
