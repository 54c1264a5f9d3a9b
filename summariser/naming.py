"""Which listed party the words of a lead-in name: 'Minister Fidan said' -> Hakan Fidan, 'the
Armenian side' -> Armenia, "Israel's mission to the United Nations" -> Israel. By full name, alias,
surname or family name, a state's word, or the head word of a body's name."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_in_title, actor_named, actor_of_adjective, states_named
from summariser.parties import PartyBook, norm
from summariser.schema import Party
from summariser.titles import ARTICLED, NAME_PARTICLES, TITLE_WORDS


def _family_name_first(person: Party, lead_in: str) -> bool:
    """'Xi said' names Xi Jinping: the first word of a person's name, written alone with its
    capital (a two-letter name as well), and not a pronoun ('He' is no family name here)."""
    words = person.name.split()
    # (not a post the model listed as a person: 'Commission spokesperson' is no Mr Commission)
    # (nor a description the model listed as a name: 'Energy economist Marlon Seepersad' is no Mr Energy)
    first = words[0] if person.kind == "person" and len(words) >= 2 and not any(
        w[:1].islower() and w not in NAME_PARTICLES for w in words[1:]) else ""
    # a cheap containment test before the regex: this runs for every party on every lead-in
    if not first[:1].isupper() or first not in lead_in or first.lower() in ("he", "she", "it", "we", "i") \
            or first.lower() in TITLE_WORDS or actor_in_title(first) is not None:  # 'French ambassador'
        return False
    if any(actor_named(" ".join(words[:k])) for k in (2, 3)):
        return False  # a post the model listed as a person: 'New Zealand High Commissioner to Fiji' is no Mr New
    # not the first name of another ('Maria Zakharova' is no 'Maria Lvova-Belova'; 'Abiy Ahmed' is 'Abiy Ahmed Ali')
    m = re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])(?:\s+(?P<next>[A-Z][\w'\u2019-]*[a-z]))?", lead_in)
    return m is not None and (m["next"] is None or m["next"] == words[1])


def speaker_in(lead_in: str, parties: list[Party]) -> Party | None:
    """The party a reporting lead-in names ('Minister Fidan said that' -> Hakan Fidan): its
    full name, an alias, or the surname of a person. None when it names none or several."""
    posted = _POSTED_IN.search(lead_in)
    if posted is not None and speaker_in(lead_in[: posted.start("where")], parties) is not None:
        # 'A Chinese diplomat in Kathmandu, who asked not to be identified, said': China's, not Nepal's
        lead_in = lead_in[: posted.start("where")] + lead_in[posted.end():]
    elif posted is not None and foreign_diplomat(lead_in):
        return None  # 'A European diplomat in Copenhagen' speaks for no side the text lists, not Denmark
    elif posted is not None and re.match(r"\W*(?:its|their)\s", lead_in, re.I):
        return None  # 'Its embassy in Sarajevo said': whose 'its' is, not the host's (Bosnia)
    if _OPPOSITION_OF.match(lead_in):
        return None  # "Uganda's main opposition figures": none of the state's
    # 'The Law Society of Kenya demanded ...', "Colombia's main exporters' association urged": the body, if listed
    if CIVIC_BODY.match(lead_in) or STATES_TRADE_BODY.match(lead_in):
        return _speaker_named(lead_in, [p for p in parties if p.kind not in ("state", "government_body")])
    mandate = _MANDATE_ON.search(lead_in)
    if mandate is not None and (state := actor_named(mandate["state"])) is not None and state.kind == "state":
        # 'the Group of Human Rights Experts on Nicaragua (GHREN)': a body watching the state, not the state's
        lead_in = lead_in[: mandate.start("where")] + lead_in[mandate.end("where"):]
    found = _speaker_named(lead_in, parties)
    if found is None and _UN_WORD.search(lead_in):  # 'the UN Commission of Inquiry': the United Nations one
        found = _speaker_named(_UN_WORD.sub("United Nations", lead_in), parties)
        found = None if found is not None and norm(found.name) == "united nations" else found  # the body, not the UN
    owned = _POSSESSIVE.search(lead_in)
    if found is not None and found.kind == "person" and owned and (body := _speaker_named(
            lead_in[owned.end():], parties)) is not None and body.kind != "person":
        found = body  # "Lai's Democratic Progressive Party has accused ...": the party, not the man it is his
    if found is None and owned and not re.search(r"\band\b|,", lead_in[: owned.start()]):
        # "Sudan's paramilitary Rapid Support Forces": the listed party owned ('Israel and Lebanon's
        # Hezbollah' names two)
        found = _speaker_named(lead_in[owned.end():], parties)
    if found is None and owned:
        found = _speaker_named(_POSSESSIVE.sub("", lead_in), parties)  # "It said Iran's attack ..." names Iran
    owner = _POSSESSOR.match(lead_in)
    if owner and (found is None or norm(owner["who"]) not in norm(found.name)):
        # "Israel's mission to the United Nations rejected ...": the owner's body speaks, unless
        # the body is listed itself ("Israel's Defence Ministry"); "France's delegate" is never
        # the listed "Rwanda's Delegate"
        owned_by = _speaker_named(owner["who"], parties)
        theirs = _OWNED.match(found.name) if found is not None and owned_by is None else None
        return owned_by or (None if theirs and norm(theirs["who"]) != norm(owner["who"]) else found)
    office = _OFFICE_OF_POST.search(lead_in) if found is None else None
    if office is not None:  # 'A spokesperson for the Office of the High Representative': the High Representative's
        holders = [p for p in parties if p.kind == "person" and p.title and norm(p.title) == norm(office["post"])]
        found = holders[0] if len(holders) == 1 else None
    return found


_OFFICE_OF_POST = re.compile(r"\bOffice\s+of\s+the\s+(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*$")


# where an official is posted, which names no one they speak for
_POSTED_IN = re.compile(r"\b(?:diplomat|official|envoy|ambassador|consul|correspondent|representative|embassy|"
                        r"consulate)s?\s+"
                        # ("Russia's ambassador to international organisations in Vienna, Mikhail Ulyanov": Russia's)
                        r"(?:to\s+(?:the\s+)?(?:[A-Za-z-]+\s+){1,4}?)?"
                        r"(?P<where>(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")
# a diplomat of a region or kind, not the host's: 'A European diplomat', 'Western envoys'
_OTHERS_DIPLOMAT = re.compile(r"\b(?P<who>(?:(?-i:[A-Z])[a-z]+\s+){1,2}(?:diplomat|envoy|ambassador)s?)\s*$")
_REGIONAL_DIPLOMAT = re.compile(r"^\W*(?:an?|one)\s+(?P<who>(?:senior\s+)?(?-i:[A-Z][a-z]+)\s+"
                                r"(?:diplomat|envoy))(?=\s*(?:,|$|\s+(?:said|told|says|added)\b))", re.I)
# ... or of a kind of state the text leaves unnamed: 'A diplomat from a Nordic country, speaking on condition of
# anonymity, said' (not the region the model may list, nor any state)
_DIPLOMAT_FROM = re.compile(r"^\W*(?:an?|one)\s+(?P<who>(?:(?:senior|western|european)\s+)?"
                            r"(?:diplomat|envoy|official)\s+from\s+(?:an?|one)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:[a-z]+\s+)?(?:country|state|capital|"
                            r"government|member\s+state|delegation))\b", re.I)


# a body of the people of a state, not the state: 'The Law Society of Kenya demanded an inquiry'
CIVIC_BODY = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w-]*\s+){0,3}(?:Law\s+Society|Bar\s+Association|"
                        r"Chamber\s+of\s+Commerce|Council\s+of\s+Churches|Conference\s+of\s+(?:Catholic\s+)?Bishops|"
                        r"Red\s+(?:Cross|Crescent)(?:\s+Society)?|Medical\s+Association|Union\s+of\s+Journalists|"
                        r"Trade\s+Union\s+Congress)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*$")
STATES_TRADE_BODY = re.compile(r"^\W*(?P<body>(?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w.-]*['\u2019]s\s+"
                               r"(?:[a-z-]+['\u2019]?\s+){0,3}(?:association|federation|confederation|"
                               r"chamber\s+of\s+commerce|unions?|lobby|guild))\s*$")
_OPPOSITION_OF = re.compile(r"^\W*(?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w.-]*['\u2019]s?\s+(?:[a-z-]+\s+)?opposition\b")
_MANDATE_ON = re.compile(r"\b(?:experts?|rapporteurs?|mission|commission|group|panel|envoy|inquiry|coordinator)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?P<where>(?:on|for)\s+(?:the\s+)?(?:situation\s+(?:of\s+human\s+rights\s+)?"
                         r"in\s+)?(?P<state>(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])"
                         r"[\w'\u2019-]*)*))", re.I)


def foreign_diplomat(lead_in: str) -> str | None:
    """The unnamed diplomat a lead-in names by a region or kind and the place where they serve
    ('A European diplomat in Copenhagen' -> 'European diplomat'): none of that place's side."""
    posted = _POSTED_IN.search(lead_in)
    found = _OTHERS_DIPLOMAT.search(lead_in[: posted.start("where")]) if posted is not None else None
    found = found or _DIPLOMAT_FROM.match(lead_in)
    found = found or _REGIONAL_DIPLOMAT.match(lead_in)  # 'A Gulf diplomat, speaking on condition of anonymity, said'
    # (a region's or a kind's, no state's: 'A Colombian diplomat in Quito' is Colombia's)
    return found["who"] if found is not None and not states_named(found["who"]) else None

_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}")
_UN_WORD = re.compile(r"(?<![\w.])U\.?N\.?(?=\s+[A-Z])")  # 'UN' or 'U.N.' before a body's name


def _speaker_named(lead_in: str, parties: list[Party], pick: bool = True) -> Party | None:
    folded = f" {norm(lead_in)} "
    hits = []
    matched: dict[str, str] = {}  # party id -> the longest of its forms the lead-in writes
    for p in parties:
        forms = [p.name, *p.aliases]
        last = p.name.split()[-1] if p.kind == "person" and len(p.name.split()) >= 2 else ""
        # (an Arabic surname with its article: 'al-Shaibani', which opens a sentence as 'Al-Shaibani')
        if (last[:1].isupper() or ARTICLED.match(last)) and actor_named(last) is None \
                and last.casefold() not in TITLE_WORDS:
            # (not the 'Representative' of a post the model listed as a person, 'U.S. Representative')
            # the surname alone (not 'leader' of 'Greek Cypriot leader', nor the 'Ghana' that ends a
            # post listed as a person, 'Officer of the Order of the Star of Ghana')
            forms.extend([last] if _surname_alone(last, p, lead_in) else [])
        forms.extend(_paternal_surname(p, lead_in))
        found = [norm(f) for f in forms if (len(norm(f)) >= 3 or re.fullmatch(r"[a-z]\d", norm(f)))  # 'G7'
                 and f" {norm(f)} " in folded]
        # a two-letter name when it is the whole lead-in, in capitals ('The EU regrets'; not 'us',
        # nor 'all UN member states' or the 'US Congress')
        found += [norm(f) for f in forms if len(norm(f)) == 2 and f.isupper()
                  # ('The US side'; 'The EU firmly rejects these allegations': its adverb after it; 'the UK
                  # Government', not the 'Government of Barbados' by its head word)
                  and re.fullmatch(rf"\W*(?:[Tt]he\s+)?{re.escape(f)}(?:\s+(?:side|[Gg]overnment|authorities|"
                                   rf"delegation))?(?:\s+\w+ly)*\W*", lead_in)]
        # a dotted acronym as written ('the U.N. had failed'): no word of the sentence reads so
        found += [norm(f) for f in forms if _DOTTED.fullmatch(f) and re.search(rf"(?<![\w.]){re.escape(f)}", lead_in)]
        # ... and the dotted writing of a listed acronym ('A U.S. official said' names the US, listed as 'US')
        found += [norm(f) for f in forms if 2 <= len(f) <= 4 and f.isalpha() and f.isupper()
                  and re.search(rf"(?<![\w.]){re.escape('.'.join(f) + '.')}", lead_in)]
        if found or _family_name_first(p, lead_in):
            hits.append(p)
            matched[p.id] = max(found, key=len) if found else ""
    # 'China Coast Guard personnel boarded ...' names the Coast Guard, not also China inside it
    hits = [p for p in hits if not any(matched[p.id] and matched[p.id] != matched[q.id]
                                       and f" {matched[p.id]} " in f" {matched[q.id]} " for q in hits)]
    if not hits:  # 'the Armenian side' names Armenia, and 'the Iranian regime' Iran (by its word)
        adjectives = {a.name for w in _state_words(lead_in) if (a := actor_of_adjective(w)) is not None}
        hits = [p for p in parties if p.kind == "state" and (
            _stems_of(p.name) <= _stems_for(p, lead_in) and len(norm(p.name)) >= 5 or (
                (a := actor_named(p.name)) is not None and a.name in adjectives))]
        # ('Iran' and 'Tehran', both listed before they are folded: one state, the one listed by its name)
        known = {a.name if (a := actor_named(p.name)) else p.id for p in hits}
        if len(known) == 1:
            hits = [p for p in hits if p.name in known][:1] or hits
    if not hits:
        hits = _by_head_word(lead_in, parties)
    people = [p for p in hits if p.kind == "person"]
    # ('Gachagua' and 'Rigathi Gachagua', both listed before the late surname is folded: one man, fully named)
    # (and 'Yoon' beside 'Yoon Hae-rim': a family name written first)
    people = [p for p in people if not any(norm(q.name).endswith(f" {norm(p.name)}") or " " not in p.name.strip()
                                           and norm(q.name).startswith(f"{norm(p.name)} ") for q in people)]
    chosen = people or hits  # the most specific actor speaks: a person over the state it serves
    if pick and len(chosen) == 1 and people and len(hits) > 1 and (before := _named_before(lead_in, chosen[0], hits)):
        return before  # 'The international criminal court has issued an arrest warrant for Vladimir Putin,'
    return chosen[0] if len(chosen) == 1 else None


_GENERIC_FIRST = {"united", "republic", "democratic", "south", "north", "central", "east", "west", "new"}


def _stems_for(state: Party, lead_in: str) -> set[str]:
    """The lead-in's word stems that may name `state`: not a word that is another state's own
    ('Nigerien' is Niger's, no stem of Nigeria's; 'Somalia' no stem of Somaliland's)."""
    actor = actor_named(state.name)
    own = actor.name if actor is not None else state.name
    return {w[:6] for w in norm(lead_in).split() if len(w) >= 5
            and ((other := actor_of_adjective(w) or actor_named(w)) is None or other.name == own)}


def _stems_of(name: str) -> set[str]:
    """The word stems a lead-in must hold to name a state by its word ('Armenian' for Armenia): the
    first word's, and the second's too after a generic one ('United States' is not 'United Nations')."""
    words = norm(name).split()
    return {words[0][:6], *([words[1][:6]] if len(words) > 1 and words[0] in _GENERIC_FIRST else [])}




def _surname_alone(surname: str, person: Party, lead_in: str) -> bool:
    """Does the lead-in write `surname` as the person's, not inside another's full name ('Prime
    Minister Hamza Abdi Barre' is not Muse Bihi Abdi)? A capitalised word before it must be a
    title, a possessive or one of the person's own names."""
    own = {w.casefold() for w in person.name.split()}
    flags = re.I if ARTICLED.match(surname) else 0
    for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", lead_in, flags):
        before = re.search(r"([A-Z][\w.'\u2019-]*)\s+$", lead_in[:m.start()])
        word = before.group(1).rstrip(".").casefold() if before else ""
        if not word or word in own or word in TITLE_WORDS or word in _HONORIFICS or word.endswith(("'s", "\u2019s")):
            return True
    return False


def _paternal_surname(person: Party, lead_in: str) -> list[str]:
    """The first of two surnames, as Spanish-speaking states style their leaders: 'President Chaves'
    is Rodrigo Chaves Robles. Only after a title or honorific, and not followed by a name of its own
    ('President Chaves Robles' is the full surname, found as such)."""
    words = person.name.split()
    if person.kind != "person" or len(words) < 3 or not words[-2][:1].isupper() or words[-2] not in lead_in:
        return []
    styled = re.search(rf"\b([A-Z][\w.]*)\.?\s+{re.escape(words[-2])}(?![\w-])(?!\s+[A-Z])", lead_in)
    word = styled.group(1).rstrip(".").casefold() if styled else ""
    return [words[-2]] if word in TITLE_WORDS or (word in _HONORIFICS and word != "the") else []


_HONORIFICS = {"mr", "mrs", "ms", "dr", "madam", "sir", "dame", "sheikh", "general", "gen", "h.e", "the"}


def _named_before(lead_in: str, person: Party, hits: list[Party]) -> Party | None:
    """The one other party named before `person` with a verb between them ('The international
    criminal court has issued an arrest warrant for Vladimir Putin'): the person is its object.
    A post between them ('OSCE Chairman-in-Office, Polish Foreign Minister Zbigniew Rau') is his."""
    surname = person.name.split()[-1]
    at = lead_in.find(surname)
    others = [p for p in hits if p is not person and _speaker_named(lead_in[:max(at, 0)], [p], False) is not None]
    if at < 0 or len(others) != 1:
        return None
    words = re.findall(r"[\w'\u2019.-]+", lead_in[:at])  # ('U.N.' stays one word)
    first = next((i for i in range(1, len(words) + 1) if _speaker_named(" ".join(words[:i]), others, False)), None)
    if first is None:
        return None
    verbs = [w for w in words[first:] if w[:1].islower() and w not in ("of", "the", "and", "de", "van", "von", "bin")]
    return others[0] if len(verbs) >= 2 else None


_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")
# 'the Iranian regime', 'Indian Air Force jets', 'Congolese territory': a state's word before what
# stands for it or is its own (not 'Haitian political actors')
# 'my Egyptian counterpart', 'the Swedish Government' (the noun in any case)
_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]+)\s+$")


def _state_words(lead_in: str) -> list[str]:
    """The words that may be a state's before what stands for it ('Iranian' of 'the Iranian regime'),
    each also with the capitalised word before it ('South Korean' of 'the South Korean military')."""
    words = []
    for m in _STATE_BY_ITS_WORD.finditer(lead_in):
        before = _WORD_BEFORE.search(lead_in[: m.start()])
        words += [m[1], *([f"{before[1]} {m[1]}"] if before else [])]
    return words


_STATE_BY_ITS_WORD = re.compile(r"\b([A-Z][\w-]+)(?=(?:\s+[A-Z][\w-]+){0,2}\s+(?i:government|authorities|regime|side|"
                                r"leadership|leaders|delegation|negotiators|administration|army|armed forces|forces|"
                                r"military|troops|navy|aircraft|jets|warplanes|drones|missiles|warships|vessels|ships|"
                                r"officials|diplomats?|territory|soil|counterparts?|colleagues?|cabinet|"
                                # 'shelling ... by Ukrainian formations': a state's armed men by another word
                                r"(?:armed\s+)?formations|units|soldiers|servicemen|artillery|border\s+guards|"
                                r"coast\s+guard|special\s+services|security\s+services)\b)")
_OWNED = re.compile(r"^\W*(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['\u2019]s\s")
_POSSESSOR = re.compile(r"^\W*(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|\u2019s)\s+(?:\w+\s+)?"
                        r"(?:mission|embassy|delegation|delegate|ministry|government|office|representative|envoy|army|military|"
                        # ("The European Union's top court ordered Hungary to pay ...": the Union's, not Hungary's)
                        r"court|tribunal|parliament|navy|police)\b")


# ('A ministry spokesperson denied': the one listed ministry, by an institution's word only)
_HEAD_WORD = re.compile(r"^\W*(?:(?:the|an?)\s+)?(?P<head>[A-Za-z-]{4,})(?P<voice>\s+(?:spokes(?:person|man|woman)|"
                        r"official))?\W*$", re.I)
_TOO_WIDE = {"side", "sides", "party", "parties", "country", "countries", "state", "states", "nation", "group",
             "groups", "people", "leader", "leaders", "minister", "ministers", "president", "officials", "region"}


_INSTITUTIONS = {"ministry", "office", "department", "agency", "military", "army", "government", "embassy", "mission",
                 "commission", "council", "court", "authority", "authorities", "presidency", "command"}


def _by_head_word(lead_in: str, parties: list[Party]) -> list[Party]:
    """'The Council' for the listed 'European Council', 'the authorities' for 'Myanmar's military
    authorities': the one party (not a person) whose name or alias has the lead-in's one word."""
    m = _HEAD_WORD.match(lead_in)
    head = m.group("head").casefold() if m else ""
    head = "" if m and m.group("voice") and head not in _INSTITUTIONS else head
    if not head or head in _TOO_WIDE:
        return []
    bodies = [p for p in parties if p.kind != "person" and any(head in norm(f).split() for f in (p.name, *p.aliases))]
    # ('The Authority' of 'ECOWAS Authority', not of ECOWAS's alias 'Authority of Heads of State ... of ECOWAS')
    headed = [p for p in bodies if norm(p.name).split()[-1:] == [head]]
    bodies = headed if len(bodies) > 1 and len(headed) == 1 else bodies
    # 'The Secretary', 'the President': the one person whose title has the word
    # (not 'the ministry' for a 'Ministry spokesman': an institution's word names the institution)
    people = [p for p in parties if p.kind == "person" and head in norm(p.title or "").split()
              and head not in _INSTITUTIONS]
    return bodies or (people if len(people) == 1 else [])


_HIGHNESS_ALONE = re.compile(r"\W*(?:the\s+)?(?:his|her)\s+highness\W*", re.I)
_HIGHNESS_NAMED = re.compile(r"\b(?:His|Her)\s+Highness\s+(?P<name>(?:(?:Prince|Princess|Sheikh|Sheikha)\s+)?"
                             r"[A-Z][\w'\u2019-]+(?:\s+(?:bin|bint|Al|al|[A-Z][\w'\u2019-]+))*)")


def highness_meant(named: str, text: str, book: PartyBook) -> Party | None:
    """The listed person a bare 'His Highness' means: the one the text first names so ('His Highness Prince Faisal
    bin Farhan bin Abdullah, Minister of Foreign Affairs, was received ...'), not a 'Royal Highness' it names too."""
    first = _HIGHNESS_NAMED.search(text) if _HIGHNESS_ALONE.fullmatch(named) else None
    return speaker_in(first["name"], book.parties) if first else None
