"""Background, not parties: places, things, events and forms of address a small model lists
as parties. The guide: 'Mere background (victims, places, "civilians") is not a party'. These
are never asked or accused; `keep.prune_parties` and `kinds.settle_kinds` consult them.
"""

from __future__ import annotations

import functools
import re

from summariser.datelines import dateline_agencies, wire_dateline_end
from summariser.gazetteer import Actor, actor_named, actor_of_adjective
from summariser.parties import PartyBook
from summariser.schema import Party

# What makes the name after it a location: 'in the Karabakh region of Azerbaijan', 'near Balakot'.
_LOCATIVE = re.compile(r"\b(?:in|at|near|inside|within|across|throughout|around|into|outside|close to|"
                       r"(?:north|south|east|west) of|"
                       # 'the offensive ... on the city of Goma in North Kivu province'
                       r"(?:city|town|village|port|province|district|capital|suburbs?|outskirts) of|"
                       r"(?:access|aid|assistance|deliveries|entry)\s+(?:in)?to)"  # 'humanitarian access to Gaza'
                       r"\s+(?:the\s+)?$", re.I)


def named_as_place(party: Party, text: str) -> bool:
    """Whether `text` names `party` only as a location: a place is background, not a party
    (the guide), though a small model lists 'Balakot' when a claim says 'near Balakot'. A
    well-known state or organisation is an actor wherever the text puts it."""
    names = [party.name, *party.aliases]
    if any(actor_named(n) for n in names):
        return False
    spots = [(m.start(), m.end()) for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    # or as a wire's dateline: 'JERUSALEM, July 20 - Israeli warplanes struck ...'
    return bool(spots) and all(_LOCATIVE.search(text[max(0, at - 30) : at]) or _in_dateline(text, at)
                               or _in_address(text, at) or _on_a_route(text, at, end) or _dated_place_line(text, at)
                               for at, end in spots)


_ROUTE_END = re.compile(r"\s+to\s+(?-i:[A-Z])")
_ROUTE_START = re.compile(r"\bfrom\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,3}to\s+$", re.I)


def _on_a_route(text: str, at: int, end: int) -> bool:
    """Is the name at `at` one end of a route ('a train travelling from Quetta to Peshawar')?"""
    return bool(re.search(r"\bfrom\s+$", text[max(0, at - 6) : at]) and _ROUTE_END.match(text, end)
                or _ROUTE_START.search(text[max(0, at - 60) : at]))


_DATE_LINE = re.compile(r"\s*(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\s*(?:\n|$)")


def _dated_place_line(text: str, at: int) -> bool:
    """Is `at` on a line of place names alone over a date ('United Nations, New York' above '21 November 2023')?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    place = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
    return end >= 0 and bool(re.fullmatch(rf"{place}(?:,\s+{place}){{1,2}}", line)) \
        and _DATE_LINE.match(text, end + 1) is not None


def _in_address(text: str, at: int) -> bool:
    """Is `at` on a line that is only a postal address ending with a state ('Turkeyen, Greater
    Georgetown, Guyana' under a statement's signature)?"""
    start = text.rfind("\n", 0, at) + 1
    line = text[start : (text.find("\n", at) + 1 or len(text) + 1) - 1].strip()
    pieces = [p.strip() for p in line.split(",")]
    last = actor_named(pieces[-1]) if len(pieces) >= 2 else None
    return last is not None and last.kind == "state" and all(re.fullmatch(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}", p)
                                                             for p in pieces)


# a wire's credit line or a byline: '(Reporting by Farah Qureshi in Islamabad; Editing by ...)', 'By Jane Doe'
_CREDITS = re.compile(r"\((?:additional\s+)?(?:reporting|writing|editing|compiled|reported)\s+by\b[^)]*\)|"
                      r"^[ \t]*(?:by|(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by)\s+"
                      r"(?-i:[A-Z])[^\n]{0,200}$|"
                      # 'Associated Press writer Nadia Fathy in Cairo contributed to this report.'
                      r"^[^\n]{0,120}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b[^\n]{0,40}$|"
                      # an AFP story's closing slug of its writers' initials: 'bur-ola/lc', 'jm/jj'
                      r"^[ \t]*(?-i:[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5})+)[ \t]*$",
                      re.I | re.M)


def credits_line(sentence: str) -> bool:
    """Is the sentence a wire's credit line or byline as a whole ('(Reporting by ...; Editing by ...)')?"""
    return _CREDITS.fullmatch(sentence.strip()) is not None


def named_only_in_credits(party: Party, text: str) -> bool:
    """Whether `text` names `party` (a person, or a 'media' party the model made of one) only in
    a wire's credits or byline: a reporter or an editor, not an actor, whatever side the model
    put them on."""
    credits = _credit_spans(text)
    if not credits or party.kind not in ("person", "media"):
        return False  # most texts have no credits: no name is looked for
    spots = [m.start() for n in (party.name, *party.aliases) if len(n) >= 3
             for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    return bool(spots) and all(any(a <= at < b for a, b in credits) for at in spots)


# an outlet a speaker talks through: 'Speaking to the Reuters news agency, he said', 'told the BBC'
_CHANNEL_BEFORE = re.compile(r"(?:\b(?:told|telling|speaking\s+to|spoke\s+to|talking\s+to|"
                             r"in\s+(?:an?\s+)?interviews?\s+with|interviewed\s+by|quoted\s+by|according\s+to|in\s+comments\s+to|"
                             r"in\s+(?:a\s+)?statement\s+to)\s+(?:the\s+)?|"
                             # a picture's credit: '[Photo caption: ... Photo: Kyodo]'
                             r"\b(?:photo|picture|image|photograph)(?:\s+credit)?\s*:\s*)$", re.I)


_NEWSROOM = re.compile(r"\b(?:news\s*desk|desk|staff|newsroom|correspondents?|reporters?)\s*$", re.I)


def only_reports(party: Party, text: str) -> bool:
    """Whether a party only tells what others say: a wire's reporter or editor in its credits
    (`named_only_in_credits`), or an outlet named only as one a speaker talks to ('Speaking to
    the Reuters news agency, he said ...'); it holds nothing and is asked nothing."""
    if {party.name, *party.aliases} & dateline_agencies(text) or _only_addressed(party, text):
        # the wire whose dateline names it ('(LGT) -'), whatever kind the model gave it: the publisher; a speech's
        # audience, named only to address it ('Honourable Ministers,'): no speaker
        return True
    if named_only_in_credits(party, text):
        return True
    if party.kind != "media":
        return False
    if _NEWSROOM.search(party.name):
        return True  # 'Kyiv Independent news desk', 'Reuters staff': the writers of the report
    spots = [m.start() for n in (party.name, *party.aliases) if len(n) >= 3 or n.isupper() and len(n) == 2
             for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    # (or only in a wire's dateline: 'SEOUL, South Korea (AP) -'; or there and in its byline)
    credits = _credit_spans(text)
    return bool(spots) and all(_CHANNEL_BEFORE.search(text[max(0, at - 40) : at]) or _in_dateline(text, at)
                               or any(a <= at < b for a, b in credits) for at in spots)


@functools.lru_cache(maxsize=8)  # asked for every party, twice per document (items, then pruning)
def _credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _CREDITS.finditer(text))


# an audience addressed: 'Allow me, Honourable Ministers, to ...', 'Thank you, Mr President.'
_ADDRESSING = re.compile(r"(?:\b(?:allow|permit|let)\s+me|\bthank\s+you|\bdear)\s*,?\s*$", re.I)


def _only_addressed(party: Party, text: str) -> bool:
    """Is `party` named only to address an audience: a salutation line of its own ('Madam Chairperson,' /
    'Honourable Ministers,') or a vocative after 'Allow me,'?"""
    spots = [(m.start(), m.end()) for n in (party.name, *party.aliases) if len(n) >= 4
             for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text)]
    def addressed(at: int, end: int) -> bool:
        line_start, line_end = text.rfind("\n", 0, at) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1
        alone = re.fullmatch(r"[ \t]*(?:(?:Mr\.?|Madam|Mister)\s+)?,?[ \t]*", text[line_start:at]) is not None \
            and re.fullmatch(r"[,:][ \t]*", text[end:line_end]) is not None  # (a masthead line has no comma)
        return alone or bool(_ADDRESSING.search(text[max(0, at - 20) : at])) and text[end : end + 1] in ",."
    return bool(spots) and all(addressed(at, end) for at, end in spots)


def _in_dateline(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return wire_dateline_end(text, line_start) > at


# What a small model lists that is no actor: a relation, a process, a thing, an event
# ('Russian-Estonian relations', 'UN-led effort', 'Kakhovka dam', 'BRICS Summit', 'embargo against Cuba'), a kind's own
# label, or a form of address
_NOT_AN_ACTOR = re.compile(
    r"(?:^|\s)(?:relations|ties|cooperation|process|effort|efforts|memorandum|agreement|deal|initiative|membership|"
    r"dam|plants?|stations|substations|weapons|spyware|programme|program|policy|situation|crisis|war|conflict|"
    r"border|talks|dialogue|mechanisms|measures|sanctions|embargo|blockade|laws|rules|reforms|resolutions|summit|"
    r"conference|citizens|nationals|civilians|residents|hostages|victims|formula|plan|proposals?|roadmap|charter|"
    # (the model's 'Passengers' of an attack, 'Haitian migrant': its victims)
    r"passengers|travell?ers|commuters|pilgrims|tourists|worshippers|"
    r"(?<!\bfor )(?<!\bof )(?:migrants?|refugees?|deportees?|detainees)|"  # (not the 'High Commissioner for Refugees')
    r"economy|economies|markets?|industry|industries|violence|terrorism|extremism|"  # 'The Russian economy has adapted
    # an event listed as a party ('Terrorist attack in Pahalgam'): what happened, not who did it
    r"attacks?|bombings?|explosions?|blasts?|incidents?|shootings?|massacres?|killings?|strikes|shelling|"
    # ("Okhmatdyt children's hospital", struck: a place, no actor)
    r"hospitals?|clinics?|schools?|mosques?|churches|church|camps?|shelters?|airports?|"
    # ('Russian opposition politician and journalist': a description of one person, no actor)
    r"politicians?|journalists?|activists?|dissidents?|bloggers?|"
    # (the model's 'Terrorist' for 'the terrorist attack', 'perpetrators, organizers ...': whoever did it, no one named)
    r"(?<!\S)(?:(?:the|unknown|unidentified)\s+)?(?:terrorists?|perpetrators?|attackers?|assailants?|gunm[ae]n)|"
    r"treaty|accords?|convention|protocol|declaration|article\s+\d+|resolution\s+\d+|award|ruling|verdict|judge?ment|"
    r"jcpoa|new\s+start|comprehensive\s+plan\s+of\s+action|unclos|npt|ctbt|(?-i:[A-Z][\w-]*\s+)+act)"
    r"(?:\s+\([^()]{1,12}\))?"  # 'Zaporizhzhya Nuclear Power Plant (ZNPP) in Ukraine'
    # ('embargo against Cuba', 'talks on the border'; 'Algiers Agreement of December 2000': a treaty, whenever signed)
    r"(?:\s+(?:against|on|over|in|with)\s+[^,;]+|\s+of\s+(?:\d{1,2}\s+)?(?-i:[A-Z][a-z]+)\s+\d{4})?$|"
    r"^(?:state|government_body|person|international_org|non_state_group|population|media|other)$|"
    # a document's label ('Press release: Foreign Minister Sikorski's conversation with ...'), no one who speaks
    # ('Department Press Briefing', 'Regular Press Conference': the kind of text, its title's words)
    r"^(?:(?:department|daily|regular|weekly|special)\s+)?(?:press|news|media)\s+(?:release|statement|briefings?|note|"
    r"conference|communiqu\w+)$|"
    # a site of an organisation's ('the attack on a MONUSCO base'): where it was struck
    r"\s(?:base|compound|premises|headquarters|facility|facilities)$|"
    # an honour conferred ('Officer of the Order of the Star of Ghana'), no one who acts
    r"^(?:(?:grand\s+)?(?:officer|commander|companion|knight|member|grand\s+cross|collar)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:national|royal|supreme)\s+)?order\s+of\b|"
    # a ship by its prefix ('BRP Teresa Magbanua', 'USS Carney'): its crew's state acts, not the hull
    r"^(?-i:BRP|USS|HMS|HMAS|HMCS|INS|KRI|TCG|RFS|ARA|ROKS|JS|CCG)\s+[A-Z]|"
    # a speech's form of address ('Friends, the world is more unequal ...')
    r"^(?:(?:dear\s+)?friends|colleagues|excellencies|ladies\s+and\s+gentlemen|compatriots|"
    r"(?:mr\.?|madam|madame|mister)\s+(?:president|secretary-general|chair\w*|speaker))$|"
    # 'Pakistan's sacrifices are acknowledged by the world': everyone, no side
    r"^(?:the\s+)?(?:whole\s+|entire\s+)?world$|"
    # 'A Cambodian soldier was killed': one unnamed victim, no side of their own
    r"^(?:an?\s+)?(?:[A-Z][\w-]+\s+)?(?:soldier|civilian|man|woman|boy|girl|child|fisherman|hostage|detainee|"
    r"prisoner)$|"
    # 'calling on its own people to act calmly': the speaker's own people, no side of their own
    r"^(?:its\s+|their\s+)?own\s+(?:people|citizens|nationals|population)$|"
    # a day or a feast ('Palm Sunday, when people in Sumy were on their way to church'): when, not who
    r"^(?:[A-Z][\w-]+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$|"
    r"^(?:eid(?:\s+al-\w+)?|christmas(?:\s+eve)?|easter|ramadan|passover|hanukkah|diwali|nowruz|new\s+year)$", re.I)


# A feature of the map listed as a party ('Diaoyu Dao', 'Amu Darya river'); a vessel that acts may be one
_MAP_FEATURE = re.compile(
    r"(?:^|\s)(?:islands?|islets?|archipelagos?|shoal|reef|atoll|dao|jiao|river|canal|lake|strait|sea|gulf|bay|"
    r"peninsula|(?:border\s+)?(?:posts|crossings?|crossing\s+points|checkpoints?)|port|airport|pipeline(?:\s+study)?|"
    r"district|province|county|village|town|enclave|exclave|valley|corridor)$",
    re.I)  # ('Namanga and Holili border posts', listed as a group)


# claimants the text leaves unnamed, by what they are: 'certain politicians and bloggers', 'some media outlets'
UNNAMED_GROUP = re.compile(r"(?:some|several|many|certain|a\s+few)\s+(?:[\w-]+\s+)?(?:politicians|bloggers|media|"
                           r"outlets|commentators|circles|observers|activists|users|accounts|publications|"
                           r"journalists)(?:\s+and\s+(?:[\w-]+\s+)?[a-z]+s)?")


def not_an_actor(party: Party) -> bool:
    """A relation, a process, a thing, a feature of the map or a bare kind label listed as a
    party: never asked or accused."""
    # ... or a post cut off mid-phrase ('Advisor to the Prime Minister and Official Spokesperson of the Ministry of')
    cut_off = party.kind == "person" and re.search(r"\s(?:of|the|and|for|to)$", party.name) is not None
    return bool(_NOT_AN_ACTOR.search(party.name) or map_feature(party) or cut_off) and actor_named(party.name) is None \
        and not _BODY_OF.match(party.name) and not UNNAMED_GROUP.fullmatch(party.name)


# a body named by its portfolio, an actor whatever its portfolio's words: 'Department of International Relations and
# Cooperation', 'Ministry of Foreign Affairs and International Cooperation'
_BODY_OF = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?:Department|Ministry|Office|Secretariat|Council|Committee|"
                      r"Commission|Agency|Directorate|Bureau|Authority|Unit|Organi[sz]ation|Mission|Panel|Tribunal|Court)\s+"
                      r"(?:of|for|on)\s")  # ('Implementation Support Unit of the Biological Weapons Convention')


def map_feature(party: Party) -> bool:
    """Is the party a place on the map ('Second Thomas Shoal', 'Diaoyu Dao')? An act told there
    may still be a charge against someone the model did not name."""
    return bool(_MAP_FEATURE.search(party.name))


# The things an actor owns or holds that a small model lists in its stead: its summit, its ships
_OWNED_THING = re.compile(r"\s+(?:summit|conference|meeting|membership|ships?|vessels?|boats?|aircraft|jets?|"
                          r"drones?|missiles?|weapons)$", re.I)


_MEMBERS_OF = re.compile(
    r"^(?:the\s+)?(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|(?:foreign\s+)?ministers|members)\s+of\s+"
    r"(?:the\s+)?(?:member\s+states\s+of\s+(?:the\s+)?)?(?P<org>[A-Z].+?)(?:\s+(?:member\s+)?(?:states|countries))?$",
    re.I)


def owner_names(name: str) -> list[str]:
    """The names that may own the event or thing a listed name is, longest first: for
    'China Coast Guard vessels', 'China Coast Guard', 'China Coast', 'China'. The owner,
    if one of them names a party, is the party: the final statement of the G7 summit is the
    G7's, a ship's acts are its state's. Empty for any other name."""
    members = _MEMBERS_OF.match(name.strip())
    if members is not None:  # 'Leaders of the Gulf Cooperation Council States': the GCC speaking
        return [members["org"]]
    thing = _OWNED_THING.search(name.strip())
    if thing is None:
        return []
    words = re.sub(r"^the\s+", "", name.strip()[: thing.start()], flags=re.I).split()
    return [re.sub(r"(?:'s|\u2019s)$", "", " ".join(words[:k])) for k in range(len(words), 0, -1)]


def owner_of(name: str) -> Actor | None:
    """The well-known actor that owns what `name` names ('G7 summit' -> the G7, 'Philippine
    supply ships' -> the Philippines, by name or a one-word adjective), else None."""
    found = (actor_named(head) or (actor_of_adjective(head) if " " not in head else None)
             for head in owner_names(name))
    return next((actor for actor in found if actor is not None), None)


def only_a_place(party: Party, book: PartyBook) -> bool:
    """A 'state' (or thing) the text names only where something happens ('the city of Goma', 'a train
    travelling from Quetta to Peshawar'): no side to ask or accuse."""
    return party.kind in ("state", "other") and named_as_place(party, book.text)
