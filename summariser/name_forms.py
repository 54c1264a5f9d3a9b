"""What a party's name tells beyond itself: the other names a text uses for it ('the Republic of
Soranga' is 'Soranga' and 'the Government of Soranga' in the next paragraph; 'the Alliance des
Forces pour le Renouveau (AFR)' is 'the AFR' after), and whom it serves ('the Chinese Embassy in
Sweden' is China's, 'President of France Emmanuel Macron' France's). The gazetteer knows such
forms for well-known actors; the rest (and fictional actors in tests) need them read off the
names, or 'Calls upon the Government of Soranga to ...' asks someone else."""

from __future__ import annotations

import re

from summariser import gazetteer
from summariser.acronyms import add_acronyms
from summariser.gazetteer import Actor, actor_meant, actor_named, actor_of_adjective, actors_in, states_named
from summariser.noun_kinds import kind_of_named_things
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.titles import ARTICLED, PORTFOLIOS

_FORMAL = re.compile(
    r"^(?:the\s+)?(?:(?:Democratic|Federal|Federative|Islamic|People's|Socialist|United|Arab|Bolivarian|"
    r"Plurinational|Cooperative|Co-operative|Hashemite|Oriental)\s+)*(?:Republic|Kingdom|State|Sultanate|Emirate|"
    r"Principality|Grand\s+Duchy|Federation|Commonwealth)\s+of\s+(?:the\s+)?(?P<core>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})$")


def settle_name_forms(book: PartyBook) -> None:
    """Every correction this module makes, in order (after `compound_names`): acronyms, short names, missions,
    titled heads, a chair."""
    fold_bare_head_nouns(book)
    name_generic_organs(book)
    kind_of_states(book)
    kind_of_people(book)
    unlink_unwritten_states(book)
    add_acronyms(book)
    kind_of_named_things(book.parties)  # (after the acronyms: 'SSA' is the 'Stability Support Apparatus')
    add_short_state_names(book)
    link_missions(book)
    un_bodies_are_organisations(book)
    drop_leaders_possessive(book)
    link_bodies_to_named_state(book)
    link_bodies_by_their_appositives(book)
    link_titled_heads(book)
    link_chair(book)


def unlink_unwritten_states(book: PartyBook) -> None:
    """A 'state' the model gave as a 'for' that no gazetteer knows and the text never writes serves no one (its
    'East Africa' for the 'East African Community'). Unlinked here, not left out of the list the model's
    sentence prompts name, so that those prompts stay as they were."""
    unwritten = {p.id for p in book.parties if p.kind == "state" and known_actor(p) is None
                 and not any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", book.text) for form in (p.name, *p.aliases))}
    for party in book.parties:
        if party.affiliation in unwritten:
            party.affiliation = None


# Malay styles before a name: "Dato' Seri Anwar Ibrahim" is Anwar Ibrahim
_MALAY_STYLES = re.compile(r"^(?:(?:Dato['\u2019]?|Datuk|Datin|Tan|Tun|Toh|Puan|Seri|Sri|Utama|Paduka|Haji|Hajah)\s+)+")
# an Arabic surname's article the model left off: 'Mohammed Shia' for 'Mohammed Shia al-Sudani'
_ARTICLE_AFTER = rf"\s+(?P<article>{ARTICLED.pattern}[\w'\u2019-]+)"


def trim_person_names(book: PartyBook) -> None:
    """A person whose listed name opens with the last word of their post ('Migration Magnus Brunner', from
    '... Commissioner for Internal Affairs and Migration Magnus Brunner') is the name after it, when the
    model listed that too; a Malay style before a name is no part of it; a name the text writes on with an
    Arabic article ('al-Sudani') is the whole name. After the sentence questions and the
    items' speakers, so that the prompts stay as they were (`links.settle_names_and_ties`)."""
    for person in [p for p in book.parties if p.kind == "person"]:
        first, _, rest = person.name.partition(" ")
        if first.casefold() in PORTFOLIOS | {"migration", "abroad"} and len(rest.split()) >= 2 \
                and rest in person.aliases and book.find(rest) in (None, person):
            book.rename(person, rest)
        # ("Dato' Seri Anwar Ibrahim": his style, not his name; 'Mohammed Shia', cut before 'al-Sudani')
        unstyled = _MALAY_STYLES.sub("", person.name)
        if unstyled != person.name and len(unstyled.split()) >= 2 and book.find(unstyled) in (None, person):
            book.rename(person, unstyled)
        articled = {m["article"] for m in re.finditer(re.escape(person.name) + _ARTICLE_AFTER, book.text)}
        if len(articled) == 1 and book.find(full := f"{person.name} {articled.pop()}") in (None, person):
            book.rename(person, full)
        person.aliases = [a for a in person.aliases if a != person.name]


_HEAD_NOUNS = {"Commission", "Council", "Parliament", "Assembly", "Court", "Committee", "Secretariat", "Agency",
               "Ministry", "Presidency", "Cabinet"}


def fold_bare_head_nouns(book: PartyBook) -> None:
    """A body listed by its head noun alone beside the one listed body with that noun is that body
    ('Commission' beside 'European Commission' in a report on Hungary)."""
    for party in [p for p in book.parties if p.name in _HEAD_NOUNS and p.kind != "person"]:
        fuller = [p for p in book.parties if p is not party and p.kind != "person" and len(p.name.split()) >= 2
                  and p.name.split()[-1] == party.name]
        if len(fuller) == 1:
            book.fold(party, fuller[0])


def known_actor(party: Party) -> Actor | None:
    """The well-known state or organisation a party is, by its name or an alias (not people, nor an
    outlet or office named by where it sits: 'Jubilee House, Accra' is no Ghana)."""
    if party.kind in ("person", "media"):
        return None
    # ('Washington, DC' of a dateline: the capital, whatever its region's code)
    names = [REGION_CODE.sub("", name) for name in (party.name, *party.aliases)]
    found = next((a for a in map(actor_meant, names) if a is not None), None)
    if found is None and party.kind in ("state", "government_body", "non_state_group") \
            and re.fullmatch(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", party.name):
        found = actor_of_adjective(party.name)  # the model's 'Cambodian', 'Japanese', 'South Korean': a state
    return found


REGION_CODE = re.compile(r",\s+(?:[A-Z]{2}|D\.C\.)$")


def listed_party(actor: Actor, book: PartyBook) -> Party | None:
    """The listed party that is `actor`, if any."""
    return next((p for p in book.parties if known_actor(p) is actor), None)


def capitals_state(place: str, book: PartyBook) -> Party | None:
    """The listed state whose capital (or seat) `place` names, in any case: 'Oslo', 'ADDIS ABABA' -> Ethiopia."""
    actor = actor_named(place.title())
    return listed_party(actor, book) if actor is not None and actor.kind == "state" \
        and place.title() in {c.title() for c in actor.metonyms} else None


def listed_states(names: set[str], book: PartyBook) -> list[Party]:
    """The listed states that are the well-known states `names` gives by their usual names
    (`gazetteer.states_named`)."""
    return [p for p in book.parties if p.kind == "state" and (a := known_actor(p)) is not None and a.name in names]


def party_of(actor: Actor, book: PartyBook) -> Party:
    """The listed party that is the well-known `actor`, added if the model left it out."""
    return listed_party(actor, book) or book.add(actor.name, actor.kind)


def kind_of_states(book: PartyBook) -> None:
    """A party named by a state's or an organisation's own name is that, not the non-state group
    or the person the model called it ('Israel', 'Sierra Leone', 'European Union'). Such a party
    acts for nobody: the model's 'Russian side' acting for 'EU member states and European
    companies', whom its statement warns, had made Russia and the EU one side; an organisation
    may still act for a larger organisation it belongs to."""
    for party in list(book.parties):
        actor = actor_named(party.name)
        if actor is None or party.name not in actor.forms:
            # 'the Russian side', 'Algerian authorities' as a group: the state, through its government
            # (and the model's 'Nepali side' person: no one's name)
            meant = actor_meant(party.name) if party.kind == "non_state_group" or (
                party.kind in ("person", "other") and re.search(r"\s(?:side|authorities)$", party.name)) else None
            actor = meant if meant is not None and meant.kind == "state" else None
            if actor is not None and (listed := listed_party(actor, book)) is not None and listed is not party:
                book.fold(party, listed)  # 'Nepali side' beside the listed 'Nepal': one state
                continue
        if actor is None or actor.kind not in ("state", "international_org"):
            continue
        if party.kind in ("non_state_group", "person"):
            party.kind = actor.kind
        boss = book.by_id(party.affiliation) if party.affiliation else None
        if boss is not None and party.kind == actor.kind and (
                actor.kind == "state" or (a := known_actor(boss)) is None or a.kind != "international_org"):
            party.affiliation = None


# what names a person just before the name: 'the fascist faction headed by María Corina Machado',
# 'the candidate of the extremist far right, Edmundo González Urrutia'
_PERSON_BEFORE = r"(?<![\w-])(?:headed\s+by|led\s+by|leader|candidate|(?:Mr|Ms|Mrs|Dr)\.?|Madam)\b[^.;:\n]{0,40}?"


def kind_of_people(book: PartyBook) -> None:
    """A party the model called a group or other that the text names as a person ('María Corina
    Machado', 'headed by' her) is a person: a full name of two to four capitalised words, no
    well-known actor, body or title among them, written right after what names a person."""
    for party in book.parties:
        words = party.name.split()
        if party.kind not in ("non_state_group", "other") or not 2 <= len(words) <= 4 \
                or not all(w[:1].isupper() for w in words) or actor_named(party.name) is not None \
                or any(actor_named(w) is not None for w in words) or _NOT_A_NAME.search(party.name):
            continue
        if re.search(rf"{_PERSON_BEFORE}(?<![\w-]){re.escape(party.name)}(?![\w-])", book.text):
            party.kind = "person"


_NOT_A_NAME = re.compile(r"\b(?:Forces|Front|Army|Movement|Party|Council|Committee|Union|Group|Brigades?|Coalition|"
                         r"Alliance|Organi[sz]ation|Authority|Government|Ministry|Commission|Court|Agency|League|"
                         r"Network|Corps|Guard|Militia|Office|Institute|Foundation|News|Times|Post)\b")


# A state's organ listed by the model under the bare common noun ('border guards')
_ORGAN = re.compile(r"^(?:the\s+)?(?:border\s+(?:guards?|forces|police)|security\s+forces|armed\s+forces|police|"
                    r"army|military|troops|soldiers|navy|air\s+force|coast\s+guard)$", re.I)


def name_generic_organs(book: PartyBook) -> None:
    """A party the model named by a bare organ ('border guards') that the text writes with one
    state's name ('Saudi border guards') is that state's body, called by the text's fuller
    name: the guide lists the body that acts and links it to the state it acts for."""
    for organ in [p for p in book.parties if p.kind != "person" and p.affiliation is None and _ORGAN.match(p.name)]:
        core = re.sub(r"^the\s+", "", organ.name, flags=re.I)
        written: dict[str, tuple[Actor, str]] = {}  # each state named before it, and the first such wording
        for m in re.finditer(rf"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['\u2019]s)?\s+{re.escape(core)}\b",
                             book.text, re.I):
            if (actor := actor_of_adjective(m[1]) or actor_named(m[1])) is not None:
                written.setdefault(actor.name, (actor, m[0]))
        if len(written) == 1 and (actor := next(iter(written.values()))[0]).kind == "state":
            state = party_of(actor, book)
            if state is not organ:
                organ.affiliation, organ.kind = state.id, "government_body"
                book.rename(organ, written[actor.name][1])


def add_short_state_names(book: PartyBook) -> None:
    """Give each state listed by its formal name the short name and the government forms the
    text uses ('Soranga', 'Government of Soranga', 'Sorangan authorities' is left to the
    gazetteer), where no other party already bears them."""
    for party in [p for p in book.parties if p.kind == "state"]:
        m = _FORMAL.match(party.name.strip())
        if m is None:
            continue
        core = m["core"]
        known = actor_named(party.name)
        if known is not None and actor_named(core) is not known:
            continue  # 'Republic of Korea' and 'Democratic People's Republic of Korea' are not 'Korea'
        short = book.find(core)
        if short is not None and short is not party and short.kind == "state":
            book.fold(party, short)  # 'Republic of Turkiye' listed beside 'Turkiye': one state
            continue
        used = [form for form in (core, f"Government of {core}", f"government of {core}")
                if re.search(rf"\b{re.escape(form)}\b(?!['\u2019]s)", book.text)]
        book.alias(party, *used)


# 'Assistant High Commission of Bangladesh' (in Agartala) needs no host in its name
_MISSION = re.compile(r"^(?:the\s+)?(?:(?P<adjective>[A-Z][\w-]*)\s+)?(?:Embassy|Mission|Consulate(?:-General)?|"
                      r"(?:Assistant\s+|Deputy\s+)?High\s+Commission|Permanent\s+Mission)"
                      r"(?:\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w\s'-]*?))?"
                      r"(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z]|(?<=[a-z])\s*$)")


def link_missions(book: PartyBook) -> None:
    """An embassy or mission acts for the state its name gives first, not for its host, whatever
    the model said ('Chinese Embassy in Sweden' -> China; 'Embassy of Ukraine in Turkey' -> Ukraine)."""
    for party in [p for p in book.parties if p.kind in ("government_body", "other", "international_org")]:
        m = _MISSION.match(party.name.strip())
        actor = m and (actor_of_adjective(m["adjective"] or "") or actor_named(m["state"]))
        if not actor:
            continue
        state = party_of(actor, book)
        if state.id != party.affiliation:
            book.notes.append(f"{party.name!r} acts for {state.name!r}, as its name says")
            party.affiliation, party.kind = state.id, "government_body"  # an embassy is no organisation


def un_bodies_are_organisations(book: PartyBook) -> None:
    """A body named as the United Nations' is an organisation, not a body of the state it works in
    ('UNFICYP', spelled 'United Nations Peacekeeping Force in Cyprus', was listed as Cyprus's)."""
    un_actor = actor_named("United Nations")
    un = listed_party(un_actor, book) if un_actor is not None else None
    for body in [p for p in book.parties if p.kind == "government_body"]:
        if any(re.match(r"(?:the\s+)?(?:United\s+Nations|UN)\s+[A-Z]", form) for form in (body.name, *body.aliases)):
            body.kind = "international_org"
            body.affiliation = un.id if un is not None and un.id != body.id else None


# "Takaichi's ruling Liberal Democratic Party": a body named with its leader's possessive
_LEADERS_BODY = re.compile(r"^(?P<owner>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})['\u2019]s\s+"
                           r"(?:(?:ruling|governing|opposition|own)\s+)?(?P<body>[A-Z][^']*\b(?:Party|Movement|Front|Alliance|Coalition|Bloc))$")


def drop_leaders_possessive(book: PartyBook) -> None:
    """A body the model named with a listed person's possessive is the body itself, the long
    form kept as an alias ("Takaichi's ruling Liberal Democratic Party" -> 'Liberal Democratic Party')."""
    people = {form for p in book.parties if p.kind == "person" for form in (p.name, p.name.split()[-1], *p.aliases)}
    for party in book.parties:
        m = _LEADERS_BODY.match(party.name) if party.kind not in ("person", "state") else None
        if m and m["owner"] in people and book.find(m["body"]) is None:
            book.rename(party, m["body"])


def link_titled_heads(book: PartyBook) -> None:
    """A head of state or government whose title names one state serves that state, whatever
    the model said ('President of France Emmanuel Macron' was listed for Ukraine): only a
    link to another state is corrected, never one to a body or an organisation."""
    for person in [p for p in book.parties if p.kind == "person"]:
        boss = book.by_id(person.affiliation)
        titles = [t for t in [person.title or "", *person.aliases] if _HEAD_TITLE.search(t)]
        named = set().union(*map(states_named, titles))
        if boss is None or boss.kind != "state" or len(named) != 1:
            continue
        state = next(iter(listed_states(named, book)), None)
        if state is not None and state.id != boss.id:
            book.notes.append(f"{person.name!r} acts for {state.name!r}, as the title says")
            person.affiliation = state.id


_HEAD_TITLE = re.compile(r"\b(?:President|Prime\s+Minister|Chancellor|King|Emir|Premier)\b")


_CHAIR = re.compile(r"^(?:the\s+)?(?:chair|chairman|chairperson|chairwoman|presidency|co-chairs?)$", re.I)
_CHAIRED = re.compile(r"\b(?:chair(?:man|person|woman)?(?:'s)?|presidency)\b(?:\s+(?:of|for)\s+(?:the\s+)?"
                      r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w'-]*){0,5}))?", re.I)


def link_chair(book: PartyBook) -> None:
    """A chair that issues a statement speaks for the body whose meeting it chairs: 'Statement by
    the Chair' under 'G7 FOREIGN MINISTERS' MEETING', 'as Chair of the meeting of G7 Foreign
    Ministers', 'ASEAN Chairman's Statement'. The one well-known organisation the heading or
    the chair's own words name."""
    chair = next((p for p in book.parties if _CHAIR.match(p.name.strip())), None)
    if chair is None:
        return
    heading = "\n".join(book.text.strip().splitlines()[:4])
    said = [m["of"] for m in _CHAIRED.finditer(book.text) if m["of"]]
    orgs = {a.name: a for text in [heading, *said] for a, _ in actors_in(text) if a.kind == "international_org"}
    if len(orgs) == 1:
        org = party_of(next(iter(orgs.values())), book)
        chair.affiliation = org.id
        book.notes.append(f"{chair.name!r} chairs for {org.name!r}")


_STATE_ORGAN = re.compile(r"^(?:the\s+)?(?P<adjective>[A-Z][a-z]+)\s+(?:[A-Z][\w'\u2019]*\s+){0,3}?"
                          r"(?:Ministry|Presidency|Presidency's|Directorate|Office|Department|Cabinet|"
                          r"(?i:coast\s+guard|navy|border\s+guards?|police|(?:security|intelligence|special)\s+services?))\b")
# ('Chinese coast guard', 'Czech security services')


# 'COGAT, the Israeli military agency that coordinates aid': a body the text introduces as a state's
_INTRODUCED_AS = (r",\s+the\s+(?P<adjective>[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}"
                  r"(?:agency|body|authority|office|unit|service)\b")


def link_bodies_by_their_appositives(book: PartyBook) -> None:
    """A body the model tied to no one that the text introduces as a state's ('COGAT, the Israeli
    military agency that coordinates aid') serves that state."""
    for body in [p for p in book.parties if p.kind in ("government_body", "non_state_group", "other")
                 and p.affiliation is None]:
        m = re.search(rf"(?<!\w){re.escape(body.name)}{_INTRODUCED_AS}", book.text)
        actor = actor_of_adjective(m["adjective"]) if m else None
        if actor is not None and actor.kind == "state" and (state := party_of(actor, book)).id != body.id:
            body.kind, body.affiliation = "government_body", state.id


def link_bodies_to_named_state(book: PartyBook) -> None:
    """A body whose own name names one state, and no one else, serves it ('U.S. DEPARTMENT OF
    STATE' in a heading's capitals, 'Ministry of Foreign Affairs of Armenia'), whatever other
    state the model tied it to ('Pakistan Army' to 'Azad Jammu and Kashmir')."""
    for body in [p for p in book.parties if p.kind in ("non_state_group", "other") and p.affiliation is None]:
        m = _STATE_ORGAN.match(body.name) or re.search(  # 'the Russian military intelligence service GRU'
            rf"\b(?P<adjective>[A-Z][a-z]+)\s+(?:[a-z]+\s+){{0,3}}(?:service|agency|police|corps)\s+{re.escape(body.name)}\b",
            book.text)
        actor = (actor_of_adjective(m["adjective"]) or actor_named(m["adjective"])) if m else None
        if actor is not None and actor.kind == "state":  # ('China Coast Guard', by the state's own name)
            # "Turkish Presidency's Directorate of Communications", listed as a group: the state's body
            body.kind, body.affiliation = "government_body", party_of(actor, book).id
    for body in [p for p in book.parties if p.kind == "government_body" and (
            p.affiliation is None or (tied := book.by_id(p.affiliation)) is not None and tied.kind == "state")]:
        name = body.name.title() if body.name.isupper() else body.name
        found = {a.name: a for a, _ in actors_in(gazetteer.without_portfolio(name))}  # not the 'Office for Kosovo'
        if len(found) != 1 or (actor := next(iter(found.values()))).kind != "state":
            continue
        first = name.split()[0]
        if body.affiliation is not None and actor not in (actor_named(first), actor_of_adjective(first)):
            continue  # a state's name inside ('Chinese Embassy in Sweden') overrules no tie; one opening it does
        state = party_of(actor, book)
        if state.id != body.id:
            body.affiliation = state.id
    for body in [p for p in book.parties if p.kind == "government_body" and _BARE_MINISTRY.match(p.name)
                 and p is not book.issuer]:
        # 'Ministry of External Affairs', written 'The Indian Ministry of External Affairs' every time: India's
        words = [m["adjective"] for m in re.finditer(rf"\b(?P<adjective>[A-Z][a-z]+\s+)?{re.escape(body.name)}\b",
                                                     book.text, re.I)]
        actor = actor_of_adjective(words[0].strip()) if len(set(words)) == 1 and words[0] else None
        if actor is not None and actor.kind == "state":
            body.affiliation = party_of(actor, book).id


_BARE_MINISTRY = re.compile(r"^(?:Ministry|Department)\s+(?:of|for)\s+(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+$")


def voice_state(book: PartyBook) -> Party | None:
    """The state whose voice the document speaks in: the voice, or the state its spokesperson (or office) serves."""
    voice = book.voice
    for _ in range(3):  # ('Office of the Government Spokesperson', of the 'Government of Rwanda', of Rwanda)
        voice = book.by_id(voice.affiliation) if voice is not None and voice.kind != "state" else voice
    return voice if voice is not None and voice.kind == "state" else None


def other_states_body(party: Party | None, named: str, book: PartyBook, add: bool = True) -> Party | None:
    """`party`, unless it is a body of one state and `named` calls it another's ('The Russian Ministry
    of Foreign Affairs' found as Finland's ministry, the issuer): then the state the words name, added
    if the model left it out (`add`), else only if listed."""
    # (a ministry made a 'person' is still a body)
    person = party is not None and party.kind == "person" and not re.match(r"(?:the\s+)?Ministry\b", party.name, re.I)
    if party is None or party.kind in ("state", "international_org") or person or not party.affiliation:
        return party
    boss, meant = known_actor(book.by_id(party.affiliation)), gazetteer.actor_in_title(named)
    if boss is None or meant is None or meant.kind != "state" or meant.name == boss.name:
        return party
    return party_of(meant, book) if add else listed_party(meant, book)
